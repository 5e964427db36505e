package org.integrationgateway.realtime;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open live stream: who opened it, the topics it asked for, and the last position it was sent. It starts in
 * replay mode, where live events are buffered while the missed ones are read from the table; {@link #goLive}
 * flushes the buffer. Positions at or below the last sent one are dropped, so the hand-over from replay to live
 * has neither gap nor duplicate. All writes to the client go through this object's lock, one at a time.
 */
final class Subscription {

    /** The most live events that may wait for one client before its stream is ended (it then resumes). */
    static final int MAX_BACKLOG = 1000;

    private final SseEmitter emitter;
    private final long accountId;
    private final Long personId;
    private final Set<String> topics;
    private final StreamAccess access;
    /** Live events handed over by the tail, not yet written: the tail never waits for a slow client. */
    private final ArrayDeque<Delivery> outbox = new ArrayDeque<>();
    private final Executor sender;
    private boolean draining;
    private List<Delivery> buffered = new ArrayList<>();
    private long lastSent;
    private volatile boolean closed;
    private boolean overflowed;

    Subscription(SseEmitter emitter, long accountId, Long personId, Set<String> topics, long cursor,
                 StreamAccess access) {
        this(emitter, accountId, personId, topics, cursor, access, Runnable::run);
    }

    Subscription(SseEmitter emitter, long accountId, Long personId, Set<String> topics, long cursor,
                 StreamAccess access, Executor sender) {
        this.sender = sender;
        this.emitter = emitter;
        this.accountId = accountId;
        this.personId = personId;
        this.topics = Set.copyOf(topics);
        this.lastSent = cursor;
        this.access = access;
    }

    /** An entry with its SSE data, rendered once per event for all subscribers. */
    record Delivery(StreamEntry entry, String data) {
    }

    Long personId() {
        return personId;
    }

    boolean wants(StreamEntry entry) {
        return entry.matchesAny(topics);
    }

    /**
     * Hands a live event over without waiting for the client: it is queued and written by the sender. A client so
     * slow that {@link #MAX_BACKLOG} events wait for it is ended instead; it reconnects with its last event id and
     * resumes from the table, so it loses nothing and costs bounded memory.
     */
    void handOver(Delivery delivery) {
        if (closed || !wants(delivery.entry())) {
            return;
        }
        synchronized (outbox) {
            if (outbox.size() >= MAX_BACKLOG) {
                outbox.clear();
                overflowed = true;
            } else {
                outbox.add(delivery);
            }
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            sender.execute(this::drain);
        } catch (RuntimeException rejected) {
            synchronized (outbox) {
                draining = false;
            }
            complete();
        }
    }

    private void drain() {
        while (true) {
            Delivery next;
            boolean overflow;
            synchronized (outbox) {
                overflow = overflowed;
                next = overflow ? null : outbox.poll();
                if (next == null) {
                    outbox.clear();
                    draining = false;
                }
            }
            if (overflow) {
                complete();
                return;
            }
            if (next == null) {
                return;
            }
            try {
                offer(next);
            } catch (RuntimeException e) {
                // e.g. the account's rights could not be read while the database was away. Left to the sender's
                // thread, the failure would leave `draining` set for good: every later event queued, none sent,
                // while the keep-alive still made the stream look alive. Ending the stream makes the client resume
                // from its last event id, with nothing lost (found by db-restart-under-load.sh).
                complete();
                synchronized (outbox) {
                    outbox.clear();
                    draining = false;
                }
                return;
            }
        }
    }

    /** Offers a live event: buffered during replay, otherwise sent if new, wanted and permitted. */
    synchronized void offer(Delivery delivery) {
        if (closed || !wants(delivery.entry())) {
            return;
        }
        if (buffered != null) {
            buffered.add(delivery);
            return;
        }
        deliver(delivery);
    }

    /** Sends a replayed event (read from the table). */
    synchronized void replay(Delivery delivery) {
        if (!closed && wants(delivery.entry())) {
            deliver(delivery);
        }
    }

    /** Ends replay: sends the buffered live events that are newer than the last one sent, then goes live. */
    synchronized void goLive() {
        List<Delivery> pending = buffered;
        buffered = null;
        if (pending != null) {
            pending.forEach(this::deliver);
        }
    }

    synchronized long lastSent() {
        return lastSent;
    }

    /** Moves the cursor forward without sending (after a resync). */
    synchronized void skipTo(long position) {
        lastSent = Math.max(lastSent, position);
    }

    synchronized void send(SseEmitter.SseEventBuilder event) {
        if (closed) {
            return;
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            fail(e);
        }
    }

    synchronized void complete() {
        if (!closed) {
            closed = true;
            endQuietly(emitter::complete);
        }
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    private void deliver(Delivery delivery) {
        StreamEntry entry = delivery.entry();
        if (entry.position() <= lastSent) {
            return;
        }
        Viewer viewer = currentViewer();
        if (viewer == null || !StreamAccess.maySee(viewer, entry)) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().id(Long.toString(entry.position())).data(delivery.data()));
            lastSent = entry.position();
        } catch (IOException | IllegalStateException e) {
            fail(e);
        }
    }

    /** Sends the keep-alive comment, or ends the stream when its account was disabled or deleted meanwhile. */
    synchronized void keepAlive() {
        try {
            if (!closed && currentViewer() != null) {
                send(SseEmitter.event().comment("keep-alive"));
            }
        } catch (RuntimeException e) {
            // the rights could not be read (database away): end the stream, the client resumes from its last id
            complete();
        }
    }

    /** The account's current rights; null (and the stream completed) when it may no longer follow anything. */
    private Viewer currentViewer() {
        Viewer viewer = access.viewer(accountId).filter(Viewer::enabled).orElse(null);
        if (viewer == null) {
            complete();
        }
        return viewer;
    }

    private void fail(Exception e) {
        closed = true;
        endQuietly(() -> emitter.completeWithError(e));
    }

    /**
     * Ends the emitter, where the servlet container may have ended the request first (the client went away): Spring
     * then refuses to dispatch with an IllegalStateException ("AsyncContext not yet initialized"). There is nothing
     * left to end, and the exception must not escape into the sender's or the tail's thread (a CI run saw it there).
     */
    private static void endQuietly(Runnable end) {
        try {
            end.run();
        } catch (IllegalStateException alreadyEnded) {
            // the container completed the request already
        }
    }
}

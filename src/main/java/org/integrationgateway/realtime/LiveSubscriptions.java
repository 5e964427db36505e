package org.integrationgateway.realtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This node's open live streams. The tail hands every positioned event to {@link #dispatch}; the keep-alive
 * sends a comment to every stream; on shutdown every stream is completed at once, so clients reconnect (to
 * another node, resuming from their last event id) instead of holding the shutdown up.
 */
@Component
class LiveSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscriptions.class);

    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();
    private volatile boolean closing;
    /** Writes live events to clients, so that a slow client holds up only its own stream, never the tail. */
    private volatile ExecutorService sender = newSender();

    /** Shows how many live streams this node holds open as the gauge {@code gateway.sse.connections}. */
    LiveSubscriptions(MeterRegistry registry) {
        Gauge.builder("gateway.sse.connections", this, LiveSubscriptions::size)
                .description("Live streams (server-sent events) open on this node").register(registry);
    }

    private static ExecutorService newSender() {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> StreamWorkers.daemon("stream-send", runnable));
    }

    /**
     * Takes streams again after {@link #closeAll}: the stream workers call it when they (re)start, since a stopped
     * context can be started again (Spring's test context cache pauses and resumes contexts this way).
     */
    synchronized void open() {
        if (sender.isShutdown()) {
            sender = newSender();
        }
        closing = false;
    }

    Executor sender() {
        return sender;
    }

    /**
     * Registers an open stream; false once this node is shutting down (the caller completes the stream at once, so
     * the client reconnects elsewhere instead of holding the graceful shutdown up).
     */
    boolean add(Subscription subscription) {
        if (closing) {
            return false;
        }
        subscriptions.add(subscription);
        if (closing) {
            // closeAll ran between the check and the add: it may not have seen this one
            subscriptions.remove(subscription);
            return false;
        }
        return true;
    }

    void remove(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    int size() {
        return subscriptions.size();
    }

    /** Hands positioned events, in position order, to every subscription that wants them. */
    void dispatch(List<StreamEntry> entries) {
        if (subscriptions.isEmpty()) {
            return;
        }
        for (StreamEntry entry : entries) {
            Subscription.Delivery delivery = new Subscription.Delivery(entry, StreamMessages.data(entry));
            for (Subscription subscription : subscriptions) {
                try {
                    subscription.handOver(delivery);
                } catch (RuntimeException e) {
                    // e.g. its rights could not be read: end this stream (the client resumes), not the others
                    log.warn("Ending a live stream that could not take an event: {}", e.toString());
                    subscription.complete();
                    subscriptions.remove(subscription);
                }
            }
        }
    }

    /** Sends the keep-alive comment to every open stream and drops the ones that turned out closed. */
    void keepAlive() {
        for (Subscription subscription : subscriptions) {
            try {
                sender.execute(subscription::keepAlive); // never waits for a slow client here
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                return;
            }
            if (subscription.isClosed()) {
                subscriptions.remove(subscription);
            }
        }
    }

    /** The people with an open stream on this node. */
    Set<Long> connectedPeople() {
        return subscriptions.stream().map(Subscription::personId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** Completes every stream and refuses new ones: called when the context starts closing. */
    @EventListener(ContextClosedEvent.class)
    synchronized void closeAll() {
        closing = true;
        for (Subscription subscription : subscriptions) {
            subscription.complete();
        }
        subscriptions.clear();
        sender.shutdown();
    }

}

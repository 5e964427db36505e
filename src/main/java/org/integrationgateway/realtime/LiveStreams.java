package org.integrationgateway.realtime;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens live streams. A stream resumes after {@code lastEventId} (the position of the last event the client saw):
 * it is registered first (live events are buffered), then the missed events are replayed from the table, then the
 * buffer is flushed, so nothing between the two is lost or sent twice. A cursor below the retained window (or
 * above the stream's end, e.g. after a restore) gets an explicit {@code resync} event instead of a silent gap.
 */
@Service
public class LiveStreams {

    /** The most topics one stream may ask for. */
    public static final int MAX_TOPICS = 50;
    static final long STREAM_TIMEOUT_MILLIS = 60 * 60 * 1000L;

    private final EventStream stream;
    private final LiveSubscriptions subscriptions;
    private final StreamAccess access;
    private final StreamSettings settings;
    private final Presence presence;

    LiveStreams(EventStream stream, LiveSubscriptions subscriptions, StreamAccess access, StreamSettings settings,
                Presence presence) {
        this.stream = stream;
        this.subscriptions = subscriptions;
        this.access = access;
        this.settings = settings;
        this.presence = presence;
    }

    /**
     * Opens a stream of the given topics for the signed-in user.
     *
     * @param lastEventId the client's {@code Last-Event-ID}, or null for a fresh stream that starts now
     * @throws InvalidRequestException for no, too many or malformed topics, or a malformed last event id
     * @throws NotPermittedException   for another person's inbox topic
     */
    public SseEmitter open(CurrentUser user, List<String> topics, String lastEventId) {
        Set<String> wanted = validTopics(topics);
        Viewer viewer = access.viewer(user.accountId()).filter(Viewer::enabled)
                .orElseThrow(() -> new NotPermittedException("account-disabled", "Your account cannot open a live stream."));
        for (String topic : wanted) {
            Long id = Topics.id(topic);
            if (Topics.PERSON.equals(Topics.kind(topic)) && (id == null || !id.equals(viewer.personId()))) {
                throw new NotPermittedException("foreign-inbox", "You can only follow your own inbox.");
            }
        }
        Long resumeFrom = parseLastEventId(lastEventId);

        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MILLIS);
        long latest = stream.latestPosition();
        boolean beyondEnd = resumeFrom != null && resumeFrom > latest;
        long cursor = resumeFrom == null || beyondEnd ? latest : resumeFrom;
        Subscription subscription = new Subscription(emitter, user.accountId(), viewer.personId(), wanted, cursor,
                access, subscriptions.sender());
        emitter.onCompletion(() -> {
            subscription.markClosed();
            subscriptions.remove(subscription);
        });
        emitter.onTimeout(() -> {
            subscription.markClosed();
            subscriptions.remove(subscription);
        });
        emitter.onError(error -> {
            subscription.markClosed();
            subscriptions.remove(subscription);
        });
        // Registered before the replay reads the table: every event positioned after that read reaches the
        // subscription through the tail (buffered until goLive), every event positioned before it is replayed.
        if (!subscriptions.add(subscription)) {
            subscription.complete();
            return emitter;
        }
        try {
            if (viewer.personId() != null) {
                try {
                    presence.seen(viewer.personId());
                } catch (org.springframework.dao.DataAccessException e) {
                    // a concurrent stream of the same person recorded it first; the keep-alive refreshes it anyway
                }
            }
            subscription.send(SseEmitter.event().reconnectTime(settings.retry().toMillis()).comment("connected"));
            // The first batch is read before the purge mark: a purge that deleted events after the cursor has
            // moved the mark by the time we look at it, so a gap is always detected, never silently skipped.
            List<StreamEntry> first = resumeFrom == null || beyondEnd ? List.of()
                    : stream.readAfter(cursor, settings.batchSize());
            boolean purged = resumeFrom != null && !beyondEnd && resumeFrom < stream.purgedThrough();
            if (beyondEnd || purged) {
                long now = Math.max(latest, stream.latestPosition());
                subscription.skipTo(now);
                subscription.send(SseEmitter.event().name("resync").id(Long.toString(now))
                        .data(json(Map.of("position", now, "reason", beyondEnd
                                ? "The stream does not know this event id; reload what you show."
                                : "Events after your last event id are no longer retained; reload what you show."))));
                replay(subscription, now, null);
            } else {
                subscription.send(SseEmitter.event().name("connected").id(Long.toString(cursor))
                        .data(json(Map.of("position", cursor))));
                replay(subscription, cursor, resumeFrom == null ? null : first);
            }
            subscription.goLive();
        } catch (RuntimeException e) {
            subscriptions.remove(subscription);
            subscription.markClosed();
            throw e;
        }
        return emitter;
    }

    private void replay(Subscription subscription, long from, List<StreamEntry> firstBatch) {
        long cursor = from;
        List<StreamEntry> batch = firstBatch;
        while (!subscription.isClosed()) {
            if (batch == null) {
                batch = stream.readAfter(cursor, settings.batchSize());
            }
            for (StreamEntry entry : batch) {
                subscription.replay(new Subscription.Delivery(entry, StreamMessages.data(entry)));
            }
            if (batch.size() < settings.batchSize()) {
                return;
            }
            cursor = batch.get(batch.size() - 1).position();
            batch = null;
        }
    }

    private static Set<String> validTopics(List<String> topics) {
        Set<String> wanted = new LinkedHashSet<>();
        if (topics != null) {
            for (String topic : topics) {
                for (String part : topic.split(",")) {
                    String trimmed = part.trim();
                    if (!trimmed.isEmpty()) {
                        if (!Topics.isValid(trimmed)) {
                            throw new InvalidRequestException("topics",
                                    "'" + abbreviate(trimmed) + "' is not a topic; topics look like project:7 or person:3.");
                        }
                        wanted.add(trimmed);
                    }
                }
            }
        }
        if (wanted.isEmpty()) {
            throw new InvalidRequestException("topics", "Name at least one topic to follow, e.g. topics=project:7.");
        }
        if (wanted.size() > MAX_TOPICS) {
            throw new InvalidRequestException("topics", "Follow at most " + MAX_TOPICS + " topics in one stream.");
        }
        return wanted;
    }

    private static Long parseLastEventId(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(lastEventId.trim());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("Last-Event-ID", "The last event id must be a stream position (a whole number).");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String json(Object value) {
        return EventStream.JSON.writeValueAsString(value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value);
    }

}

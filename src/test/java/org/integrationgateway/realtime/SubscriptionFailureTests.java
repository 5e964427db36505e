package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A live event that cannot be sent because the database is away (the subscriber's rights are read for every event)
 * ends the stream, so the client resumes from its last event id. Before the fix the failure stayed in the sender's
 * thread and the subscription stopped sending for good while its keep-alives went on: db-restart-under-load.sh saw
 * one of three subscribers miss every event after PostgreSQL was restarted.
 */
class SubscriptionFailureTests {

    /** Like the thread pool of LiveSubscriptions: a failure ends the task, nobody sees it. */
    private static final Executor POOL = task -> {
        try {
            task.run();
        } catch (RuntimeException e) {
            // the pool thread would die with it
        }
    };

    static class RecordingEmitter extends SseEmitter {
        final List<String> sent = new ArrayList<>();
        boolean completed;

        @Override
        public void send(SseEventBuilder builder) {
            sent.add(builder.build().toString());
        }

        @Override
        public synchronized void complete() {
            completed = true;
        }
    }

    private static Subscription.Delivery event(long position) {
        StreamEntry entry = new StreamEntry(UUID.randomUUID(), position, "change-request.raised",
                StreamAudience.INTERNAL, null, null, 1L, Set.of("project:1"), "{}", Instant.now());
        return new Subscription.Delivery(entry, "{\"position\":" + position + "}");
    }

    @Test
    void aLiveEventThatCannotBeSentWhileTheDatabaseIsAwayEndsTheStreamSoTheClientResumes() {
        StreamAccess access = mock(StreamAccess.class);
        Viewer viewer = new Viewer(1L, true, Set.of(), null, 4L);
        when(access.viewer(1L)).thenReturn(Optional.of(viewer))
                .thenThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))
                .thenReturn(Optional.of(viewer));
        RecordingEmitter emitter = new RecordingEmitter();
        Subscription subscription = new Subscription(emitter, 1L, 4L, Set.of("project:1"), 0, access, POOL);
        subscription.goLive();

        subscription.handOver(event(1));
        assertThat(emitter.sent).hasSize(1);
        subscription.handOver(event(2)); // the rights cannot be read
        assertThat(subscription.isClosed()).isTrue();
        assertThat(emitter.completed).isTrue();

        subscription.handOver(event(3)); // nothing more on this stream: the client reconnects from position 1
        assertThat(emitter.sent).hasSize(1);
        assertThat(subscription.lastSent()).isEqualTo(1);
    }

    /** The client went away: the container ended the request, so Spring refuses to complete or dispatch it. */
    static class AbandonedEmitter extends SseEmitter {
        int endAttempts;

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            throw new IOException("Broken pipe");
        }

        @Override
        public synchronized void complete() {
            endAttempts++;
            throw new IllegalStateException("AsyncContext not yet initialized");
        }

        @Override
        public synchronized void completeWithError(Throwable ex) {
            endAttempts++;
            throw new IllegalStateException("AsyncContext not yet initialized");
        }
    }

    @Test
    void aStreamWhoseClientWentAwayEndsWithoutAnExceptionEscapingIntoTheSendingThread() {
        StreamAccess access = mock(StreamAccess.class);
        when(access.viewer(1L)).thenReturn(Optional.of(new Viewer(1L, true, Set.of(), null, 4L)));
        AbandonedEmitter emitter = new AbandonedEmitter();
        Subscription subscription = new Subscription(emitter, 1L, 4L, Set.of("project:1"), 0, access, Runnable::run);
        subscription.goLive();

        // The keep-alive runs as a task on the sender pool: an exception escaping it reached the thread's uncaught
        // handler, where Awaitility reported it as a failure of a browser journey in CI.
        assertThatCode(subscription::keepAlive).doesNotThrowAnyException();
        assertThat(subscription.isClosed()).isTrue();
        assertThatCode(() -> subscription.handOver(event(1))).doesNotThrowAnyException();
        assertThatCode(subscription::complete).doesNotThrowAnyException();
        assertThat(emitter.endAttempts).isEqualTo(1);
    }
}

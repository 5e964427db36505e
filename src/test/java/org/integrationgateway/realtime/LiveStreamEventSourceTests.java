package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.integrationgateway.realtime.EventSourceClient.Line;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live stream as an independent client library sees it: the npm {@code eventsource} client (4.1.1, under Node)
 * follows a project with a personal API token, the server ends its stream twice (as a node does when it shuts
 * down), and the library reconnects on its own with {@code Last-Event-ID}: it gets every event exactly once in
 * position order, including those committed while it was away, and a named {@code resync} event when it comes back
 * below the retained window.
 */
class LiveStreamEventSourceTests extends LiveStreamServer {

    /** Reconnects wait for the stream's {@code retry: 3000}. */
    private static final Duration RECONNECT = Duration.ofSeconds(20);

    @Autowired LiveSubscriptions subscriptions;

    private List<Long> positions(List<UUID> ids) {
        return ids.stream().map(this::positionOf).toList();
    }

    /** Ends every open stream on this node and refuses new ones (until {@code open()}), as a node shutting down does. */
    private void endStreamsFromTheServer() {
        subscriptions.closeAll();
    }

    @Test
    void theEventSourceLibraryResumesWithLastEventIdWithoutGapOrDuplicateAndIsToldOfAResync() throws Exception {
        Person lena = staff();
        long project = newProject();
        try (EventSourceClient client = EventSourceClient.follow(port, lena.token(), Topics.project(project))) {
            await().atMost(WAIT).until(() -> client.lines("connected").size() == 1);
            List<Long> expected = new ArrayList<>(positions(appendInternal(project, 3)));
            await().atMost(WAIT).until(() -> client.lines("message").size() == 3);

            endStreamsFromTheServer();
            List<Long> missed = positions(appendInternal(project, 3)); // committed while the client is away
            subscriptions.open();
            expected.addAll(missed);
            await().atMost(RECONNECT).until(() -> client.lines("message").size() == 6);
            Line resumed = client.lines("connected").get(1);
            assertThat(resumed.position()).as("resumed from the last event it had").isEqualTo(expected.get(2));
            assertThat(resumed.data().get("position").asLong()).isEqualTo(expected.get(2));

            expected.addAll(positions(appendInternal(project, 2)));
            await().atMost(WAIT).until(() -> client.lines("message").size() == 8);

            endStreamsFromTheServer();
            List<Long> lost = positions(appendInternal(project, 2)); // committed while away, then purged
            stream.purgeOccurredBefore(Instant.now().plusSeconds(1));
            assertThat(stream.purgedThrough()).isGreaterThanOrEqualTo(lost.get(1));
            subscriptions.open();
            await().atMost(RECONNECT).until(() -> client.lines("resync").size() == 1);
            Line resync = client.lines("resync").get(0);
            assertThat(resync.position()).isGreaterThanOrEqualTo(lost.get(1));
            assertThat(resync.data().get("position").asLong()).isEqualTo(resync.position());
            List<Long> after = positions(appendInternal(project, 2));
            assertThat(after.get(0)).isGreaterThan(resync.position());
            expected.addAll(after);
            await().atMost(WAIT).until(() -> client.lines("message").size() == 10);

            List<Line> messages = client.lines("message");
            assertThat(messages).extracting(Line::position).as("every event once, in position order")
                    .containsExactlyElementsOf(expected).doesNotContainAnyElementsOf(lost);
            assertThat(messages).allSatisfy(message -> {
                assertThat(message.data().get("position").asLong()).isEqualTo(message.position());
                assertThat(message.data().get("type").asString()).isEqualTo("test.event");
            });
            assertThat(messages.stream().map(m -> m.data().get("id").asString()).distinct()).hasSize(10);
            List<String> kinds = client.lines().stream().map(Line::kind).toList();
            int resyncAt = kinds.indexOf("resync");
            assertThat(kinds.subList(0, resyncAt).stream().filter("message"::equals)).hasSize(8);
            assertThat(kinds.stream().filter("connected"::equals)).as("the resync replaces the connected event")
                    .hasSize(2);
            assertThat(kinds.stream().filter("open"::equals)).hasSizeGreaterThanOrEqualTo(3);
            assertThat(kinds.stream().filter("error"::equals)).as("each end of the stream is reported, then healed")
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }
}

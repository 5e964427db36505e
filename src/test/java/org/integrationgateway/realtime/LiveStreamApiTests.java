package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The live stream endpoint over real HTTP: the opening (retry hint, connected event), resuming with Last-Event-ID
 * with no gap and no duplicate while events are committed during the replay, resync beyond the retained window and
 * beyond the end, the keep-alive comment, and its answers to bad requests and to people who may not follow a topic.
 */
class LiveStreamApiTests extends LiveStreamServer {

    @Test
    void aStreamOpensWithARetryHintAndAConnectedEventAtTheCurrentPosition() throws Exception {
        Person lena = staff();
        long project = newProject();
        appendInternal(project, 1).forEach(this::positionOf);
        long latest = stream.latestPosition();
        try (LiveStreamClient client = open(lena, Topics.project(project), null)) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.contentType()).startsWith("text/event-stream");
            List<LiveStreamClient.Item> opening = new ArrayList<>();
            LiveStreamClient.Item connected = client.next(WAIT);
            while (!"connected".equals(connected.name())) {
                opening.add(connected);
                connected = client.next(WAIT);
            }
            assertThat(opening).anyMatch(item -> Long.valueOf(3000).equals(item.retry()));
            assertThat(opening).anyMatch(item -> "connected".equals(item.comment()));
            assertThat(opening).noneMatch(LiveStreamClient.Item::isData);
            assertThat(connected.name()).isEqualTo("connected");
            assertThat(connected.position()).isGreaterThanOrEqualTo(latest);

            UUID live = appendInternal(project, 1).get(0);
            LiveStreamClient.Item event = client.dataEvents(1, WAIT).get(0);
            JsonNode data = EventStream.JSON.readTree(event.data());
            assertThat(data.get("id").asString()).isEqualTo(live.toString());
            assertThat(data.get("type").asString()).isEqualTo("test.event");
            assertThat(data.get("position").asLong()).isEqualTo(event.position()).isEqualTo(positionOf(live));
            assertThat(data.get("topics").get(0).asString()).isEqualTo(Topics.project(project));
            assertThat(data.get("data").get("n").asInt()).isZero();
        }
    }

    @Test
    void resumingWithLastEventIdDeliversExactlyTheMissedEventsEvenWhileABurstIsCommitted() throws Exception {
        Person lena = staff();
        long project = newProject();
        String topic = Topics.project(project);
        long lastSeen;
        try (LiveStreamClient client = open(lena, topic, null)) {
            client.nextEvent(WAIT);
            appendInternal(project, 5);
            List<LiveStreamClient.Item> seen = client.dataEvents(5, WAIT);
            lastSeen = seen.get(4).position();
        }
        appendInternal(project, 20); // missed while disconnected

        ExecutorService burst = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            writers.add(burst.submit(() -> {
                go.await();
                appendInternal(project, 30); // committed during the replay and the hand-over to live
                return null;
            }));
        }
        List<LiveStreamClient.Item> received;
        try {
            go.countDown();
            try (LiveStreamClient client = open(lena, topic, Long.toString(lastSeen))) {
                LiveStreamClient.Item connected = client.nextEvent(WAIT);
                assertThat(connected.name()).isEqualTo("connected");
                assertThat(connected.position()).isEqualTo(lastSeen);
                for (Future<?> writer : writers) {
                    writer.get(1, TimeUnit.MINUTES);
                }
                received = client.dataEvents(20 + 90, Duration.ofSeconds(30));
                assertThat(client.drain(Duration.ofMillis(1500))).noneMatch(LiveStreamClient.Item::isData);
            }
        } finally {
            burst.shutdownNow();
        }
        List<Long> positions = received.stream().map(LiveStreamClient.Item::position).toList();
        assertThat(positions).isEqualTo(positionsAfter(topic, lastSeen)).hasSize(110).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aCursorBelowTheRetainedWindowGetsAResyncAndThenLiveEvents() throws Exception {
        Person lena = staff();
        long project = newProject();
        List<UUID> old = appendInternal(project, 3);
        long firstOld = positionOf(old.get(0));
        long lastOld = positionOf(old.get(2));
        assertThat(stream.purgeOccurredBefore(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(3);
        long purgedThrough = stream.purgedThrough();
        assertThat(purgedThrough).isGreaterThanOrEqualTo(lastOld);

        try (LiveStreamClient client = open(lena, Topics.project(project), Long.toString(firstOld - 1))) {
            LiveStreamClient.Item resync = client.nextEvent(WAIT);
            assertThat(resync.name()).isEqualTo("resync");
            assertThat(resync.position()).isEqualTo(stream.latestPosition());
            assertThat(EventStream.JSON.readTree(resync.data()).get("position").asLong()).isEqualTo(resync.position());
            UUID fresh = appendInternal(project, 1).get(0);
            assertThat(client.dataEvents(1, WAIT).get(0).position()).isEqualTo(positionOf(fresh));
        }
        // At the purge mark itself nothing is missing: an ordinary resume.
        try (LiveStreamClient client = open(lena, Topics.project(project), Long.toString(purgedThrough))) {
            assertThat(client.nextEvent(WAIT).name()).isEqualTo("connected");
        }
    }

    @Test
    void aCursorAboveTheEndOfTheStreamGetsAResync() throws Exception {
        Person lena = staff();
        long beyond = stream.latestPosition() + 1000;
        try (LiveStreamClient client = open(lena, Topics.project(newProject()), Long.toString(beyond))) {
            LiveStreamClient.Item resync = client.nextEvent(WAIT);
            assertThat(resync.name()).isEqualTo("resync");
            assertThat(resync.position()).isLessThan(beyond);
            assertThat(resync.data()).contains("does not know this event id");
        }
    }

    @Test
    void anIdleStreamGetsKeepAliveComments() throws Exception {
        try (LiveStreamClient client = open(staff(), Topics.project(newProject()), null)) {
            client.nextEvent(WAIT);
            await().atMost(Duration.ofSeconds(5)).until(() -> "keep-alive".equals(client.next(WAIT).comment()));
        }
    }

    @Test
    void malformedTopicsAndLastEventIdsAnswer400() throws Exception {
        Person lena = staff();
        for (String query : new String[] {"topics=Project!", "topics=", "x=1", "topics=project:abc",
                "topics=" + java.util.stream.IntStream.rangeClosed(0, LiveStreams.MAX_TOPICS)
                        .mapToObj(i -> "project:" + i).collect(java.util.stream.Collectors.joining(","))}) {
            try (LiveStreamClient client = LiveStreamClient.open(port, lena.token(), query, null)) {
                assertThat(client.status()).as(query).isEqualTo(400);
                assertThat(client.contentType()).startsWith("application/problem+json");
            }
        }
        for (String lastEventId : new String[] {"abc", "-1", "1.5"}) {
            try (LiveStreamClient client = open(lena, "decisions", lastEventId)) {
                assertThat(client.status()).as(lastEventId).isEqualTo(400);
                assertThat(client.body()).contains("Last-Event-ID");
            }
        }
        try (LiveStreamClient client = LiveStreamClient.open(port, lena.token(), "topics=decisions&lastEventId=x", null)) {
            assertThat(client.status()).isEqualTo(400);
        }
    }

    @Test
    void onlyTheOwnInboxMayBeFollowed() throws Exception {
        Person lena = staff();
        Person priya = staff();
        try (LiveStreamClient client = open(lena, Topics.person(priya.personId()), null)) {
            assertThat(client.status()).isEqualTo(403);
            assertThat(client.contentType()).startsWith("application/problem+json");
        }
        try (LiveStreamClient client = open(lena, Topics.person(lena.personId()), null)) {
            assertThat(client.status()).isEqualTo(200);
            client.nextEvent(WAIT);
            UUID mine = append(StreamAppend.personal("test.personal", lena.personId(), null, java.util.Map.of("to", "lena")));
            append(StreamAppend.personal("test.personal", priya.personId(), null, java.util.Map.of("to", "priya")));
            UUID again = append(StreamAppend.personal("test.personal", lena.personId(), null, java.util.Map.of("to", "lena")));
            assertThat(client.dataEvents(2, WAIT)).extracting(LiveStreamClient.Item::position)
                    .containsExactly(positionOf(mine), positionOf(again));
        }
    }

    @Test
    void theInboxTopicWithoutAPersonIsRefusedNotAnError() throws Exception {
        try (LiveStreamClient client = open(staff(), Topics.PERSON, null)) {
            assertThat(client.status()).isEqualTo(403);
            assertThat(client.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anonymousRequestsAnswer401() throws Exception {
        try (LiveStreamClient client = open(null, "decisions", null)) {
            assertThat(client.status()).isEqualTo(401);
        }
        try (LiveStreamClient client = LiveStreamClient.open(port, "igw_not-a-token", "topics=decisions", null)) {
            assertThat(client.status()).isEqualTo(401);
        }
    }

    @Test
    void aClientThatStopsReadingDoesNotHoldUpTheOthers() throws Exception {
        Person lena = staff();
        long project = newProject();
        String topic = Topics.project(project);
        try (java.net.Socket stalled = new java.net.Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new java.net.InetSocketAddress("localhost", port));
            stalled.getOutputStream().write(("GET /api/stream?topics=" + topic + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\nAuthorization: Bearer " + lena.token() + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();
            try (LiveStreamClient reading = open(lena, topic, null)) {
                reading.nextEvent(WAIT);
                String big = "x".repeat(64 * 1024);
                List<UUID> ids = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    ids.add(append(StreamAppend.internal("test.big", project, java.util.Set.of(topic),
                            java.util.Map.of("n", i, "filler", big))));
                }
                // 12 MB for a client that reads nothing: the tail would block on it if it wrote to clients itself
                assertThat(reading.dataEvents(200, Duration.ofSeconds(30))).extracting(LiveStreamClient.Item::position)
                        .isEqualTo(positionsAfter(topic, 0));
            }
        }
    }
}

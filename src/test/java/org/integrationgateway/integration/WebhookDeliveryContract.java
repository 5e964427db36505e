package org.integrationgateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integrationgateway.integration.StandardWebhooksVerifier.Delivery;
import org.integrationgateway.integration.StandardWebhooksVerifier.Verdict;
import org.integrationgateway.integration.WebhookReceiver.Received;
import org.integrationgateway.realtime.EventStream;
import org.integrationgateway.realtime.StreamAppend;
import org.integrationgateway.realtime.StreamAudience;
import org.integrationgateway.realtime.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook delivery end to end: the real worker, a receiver on 127.0.0.1, and the independent
 * {@code standardwebhooks} npm library verifying what arrived. Runs on H2 ({@link WebhookDeliveryTests}) and on
 * PostgreSQL ({@link WebhookDeliveryPostgresTests}).
 */
@TestPropertySource(properties = {
        "gateway.webhooks.allow-private-targets=true",
        "gateway.webhooks.poll-interval=100ms",
        "gateway.webhooks.retry-base=50ms",
        "gateway.webhooks.retry-cap=300ms",
        // High enough that the down-then-back case never reaches it however slowly the machine runs between
        // "two attempts failed" and "the receiver is up" (back-off is capped at 300 ms).
        "gateway.webhooks.disable-after=" + WebhookDeliveryContract.DISABLE_AFTER,
        "gateway.webhooks.connect-timeout=1s",
        "gateway.webhooks.request-timeout=2s",
        "gateway.stream.poll-interval=100ms"})
abstract class WebhookDeliveryContract {

    static final int DISABLE_AFTER = 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired Webhooks webhooks;
    @Autowired EventStream stream;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    private UUID append(String type, int n) {
        return transactions.execute(status -> stream.append(StreamAppend.internal(type, null,
                Set.of(Topics.DECISIONS), Map.of("n", n))));
    }

    private UUID appendPersonal(String type, int n) {
        return transactions.execute(status -> stream.append(StreamAppend.personal(type, 999_999L, null, Map.of("n", n))));
    }

    private void awaitPositioned(UUID id) {
        await().atMost(PATIENCE).until(() -> stream.find(id).isPresent());
    }

    private IssuedWebhookSecret register(String url, String... types) {
        return webhooks.create(new WebhookDetails(url, "test receiver", List.of(types), true));
    }

    private long attempts(long endpointId) {
        return jdbc.queryForObject("select count(*) from webhook_attempt where endpoint_id = ?", Long.class, endpointId);
    }

    private static Delivery delivery(String secret, Received received) {
        return new Delivery(secret, received.id(), received.timestamp(), received.signature(), received.body());
    }

    @Test
    void deliversEveryEventOnceAcknowledgedInOrderAfterTheReceiverWasDown() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.onFreePort()) {
            IssuedWebhookSecret endpoint = register(receiver.url(), "ordering.*");
            long id = endpoint.endpoint().id();
            List<UUID> expected = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                expected.add(append("ordering.happened", i));
                appendPersonal("ordering.happened", i);
                append("unrelated.happened", i);
            }
            expected.forEach(this::awaitPositioned);

            await().atMost(PATIENCE).until(() -> attempts(id) >= 2);
            receiver.answering(n -> n < 2 ? 503 : 200).start();
            await().atMost(PATIENCE).until(() -> receiver.acknowledged().size() >= expected.size());

            List<Received> received = receiver.received();
            assertThat(receiver.acknowledged()).extracting(Received::id)
                    .containsExactlyElementsOf(expected.stream().map(UUID::toString).toList());
            assertThat(received).extracting(Received::id).allMatch(expected.stream().map(UUID::toString).toList()::contains);
            List<String> arrivalOrder = received.stream().map(Received::id).distinct().toList();
            assertThat(arrivalOrder).as("the queue stays blocked on a failing event").containsExactlyElementsOf(
                    expected.stream().map(UUID::toString).toList());
            Map<String, Set<String>> bodiesById = received.stream().collect(Collectors.groupingBy(Received::id,
                    Collectors.mapping(Received::body, Collectors.toSet())));
            assertThat(bodiesById.values()).as("every retry carries the same bytes").allMatch(bodies -> bodies.size() == 1);
            assertThat(received.stream().filter(r -> !r.acknowledged()).map(Received::id))
                    .as("only the first event was retried").containsOnly(expected.get(0).toString());

            List<Verdict> verdicts = StandardWebhooksVerifier.verify(
                    received.stream().map(r -> delivery(endpoint.secret(), r)).toList());
            assertThat(verdicts).allMatch(Verdict::ok);

            JsonNode first = JSON.readTree(receiver.acknowledged().get(0).body());
            assertThat(first.get("type").asString()).isEqualTo("ordering.happened");
            assertThat(first.get("timestamp").asString()).isNotBlank();
            assertThat(first.get("data").get("id").asString()).isEqualTo(expected.get(0).toString());
            assertThat(first.get("data").get("data").get("n").asInt()).isZero();

            await().atMost(PATIENCE).until(() -> webhooks.get(id).cursor() >= stream.find(expected.get(4)).orElseThrow().position());
            List<WebhookAttemptView> log = webhooks.deliveries(id, PageRequest.of(0, 100)).getContent();
            assertThat(log).first().satisfies(newest -> assertThat(newest.eventId()).isEqualTo(expected.get(4)));
            List<WebhookAttemptView> firstEvent = log.stream().filter(a -> a.eventId().equals(expected.get(0)))
                    .sorted((a, b) -> Integer.compare(a.attempt(), b.attempt())).toList();
            assertThat(firstEvent).extracting(WebhookAttemptView::attempt)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, firstEvent.size()).boxed().toList());
            assertThat(firstEvent.get(0).statusCode()).as("not listening: a connection error").isNull();
            assertThat(firstEvent.get(0).error()).isNotBlank();
            assertThat(firstEvent).extracting(WebhookAttemptView::statusCode).contains(503, 200);
            assertThat(webhooks.get(id).consecutiveFailures()).isZero();
        }
    }

    @Test
    void signaturesVerifyWithTheStandardWebhooksLibraryIncludingTamperedStaleAndRotatedCases() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            IssuedWebhookSecret endpoint = register(receiver.url(), "signing.checked");
            long id = endpoint.endpoint().id();
            String original = endpoint.secret();
            append("signing.checked", 1);
            await().atMost(PATIENCE).until(() -> receiver.acknowledged().size() == 1);
            Received valid = receiver.received().get(0);
            assertThat(valid.signature()).doesNotContain(" ");

            Received tampered = new Received(valid.id(), valid.timestamp(), valid.signature(),
                    valid.body().replace("\"n\":1", "\"n\":2"), 200);
            long stale = Instant.now().minusSeconds(6 * 60).getEpochSecond();
            Received staleOne = new Received(valid.id(), Long.toString(stale),
                    WebhookSignatures.sign(valid.id(), stale, valid.body(), WebhookSecret.of(original)), valid.body(), 200);
            String otherSecret = WebhookSecret.generate().reveal();

            IssuedWebhookSecret rotated = webhooks.rotateSecret(id, null);
            assertThat(rotated.secret()).isNotEqualTo(original);
            append("signing.checked", 2);
            await().atMost(PATIENCE).until(() -> receiver.acknowledged().size() == 2);
            Received duringGrace = receiver.received().get(1);
            assertThat(duringGrace.signature().split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));

            jdbc.update("update webhook_endpoint set previous_secret_until = ? where id = ?",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(1)), id);
            append("signing.checked", 3);
            await().atMost(PATIENCE).until(() -> receiver.acknowledged().size() == 3);
            Received afterGrace = receiver.received().get(2);
            assertThat(afterGrace.signature().split(" ")).hasSize(1);

            List<Verdict> verdicts = StandardWebhooksVerifier.verify(List.of(
                    delivery(original, valid),
                    delivery(original, tampered),
                    delivery(original, staleOne),
                    delivery(otherSecret, valid),
                    delivery(rotated.secret(), duringGrace),
                    delivery(original, duringGrace),
                    delivery(rotated.secret(), afterGrace),
                    delivery(original, afterGrace)));
            assertThat(verdicts.get(0).ok()).as("valid").isTrue();
            assertThat(verdicts.get(1).ok()).as("tampered body").isFalse();
            assertThat(verdicts.get(1).error()).contains("No matching signature");
            assertThat(verdicts.get(2).ok()).as("stale timestamp").isFalse();
            assertThat(verdicts.get(2).error()).contains("too old");
            assertThat(verdicts.get(3).ok()).as("another secret").isFalse();
            assertThat(verdicts.get(4).ok()).as("new secret during the grace period").isTrue();
            assertThat(verdicts.get(5).ok()).as("old secret during the grace period").isTrue();
            assertThat(verdicts.get(6).ok()).as("new secret after the grace period").isTrue();
            assertThat(verdicts.get(7).ok()).as("old secret after the grace period").isFalse();
        }
    }

    @Test
    void disablesAFailingEndpointTellsAdministratorsAndResumesFromItsCursorWhenEnabled() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.onFreePort()) {
            IssuedWebhookSecret endpoint = register(receiver.url(), "failing.*");
            long id = endpoint.endpoint().id();
            UUID first = append("failing.happened", 1);

            await().atMost(PATIENCE).until(() -> !webhooks.get(id).enabled());
            WebhookEndpointView disabled = webhooks.get(id);
            assertThat(attempts(id)).isEqualTo(DISABLE_AFTER);
            assertThat(disabled.consecutiveFailures()).isEqualTo(DISABLE_AFTER);
            assertThat(disabled.disabledReason()).contains(DISABLE_AFTER + " failed deliveries");
            await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                    "select count(*) from stream_event where type = 'webhook.endpoint-disabled' and payload like ?",
                    Integer.class, "%\"endpointId\":" + id + "%") == 1);
            Map<String, Object> notice = jdbc.queryForMap(
                    "select audience, topics from stream_event where type = 'webhook.endpoint-disabled' and payload like ?",
                    "%\"endpointId\":" + id + "%");
            assertThat(notice.get("audience")).isEqualTo(StreamAudience.ADMINISTRATORS.name());
            assertThat((String) notice.get("topics")).contains(" administration ");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'WebhookEndpoint'"
                    + " and entity_id = ? and action = 'disabled-after-failures'", Integer.class, Long.toString(id)))
                    .isEqualTo(1);

            UUID second = append("failing.happened", 2);
            awaitPositioned(second);
            receiver.start();
            webhooks.setEnabled(id, null, true);
            await().atMost(PATIENCE).until(() -> receiver.acknowledged().size() == 2);
            assertThat(receiver.acknowledged()).extracting(Received::id).containsExactly(first.toString(), second.toString());
            assertThat(webhooks.get(id).consecutiveFailures()).isZero();
        }
    }

    @Test
    void redeliversAPastEventWithTheSameIdAndBodyAsAManualAttempt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            IssuedWebhookSecret endpoint = register(receiver.url(), "redelivery.*");
            long id = endpoint.endpoint().id();
            UUID event = append("redelivery.happened", 1);
            await().atMost(PATIENCE).until(() -> receiver.acknowledged().size() == 1);

            webhooks.redeliver(id, event);
            await().atMost(PATIENCE).until(() -> receiver.acknowledged().size() == 2);
            List<Received> received = receiver.received();
            assertThat(received).extracting(Received::id).containsOnly(event.toString());
            assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
            assertThat(StandardWebhooksVerifier.verify(received.stream().map(r -> delivery(endpoint.secret(), r)).toList()))
                    .allMatch(Verdict::ok);
            await().atMost(PATIENCE).until(() -> attempts(id) == 2);
            WebhookAttemptView manual = webhooks.deliveries(id, PageRequest.of(0, 10)).getContent().get(0);
            assertThat(manual.manual()).isTrue();
            assertThat(manual.eventId()).isEqualTo(event);
            assertThat(manual.statusCode()).isEqualTo(200);
            assertThat(manual.responseExcerpt()).isEqualTo("answer 200");
            assertThat(new LinkedHashSet<>(webhooks.deliveries(id, PageRequest.of(0, 10)).getContent().stream()
                    .map(WebhookAttemptView::manual).toList())).containsExactly(true, false);
        }
    }
}

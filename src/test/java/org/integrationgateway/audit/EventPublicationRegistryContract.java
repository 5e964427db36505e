package org.integrationgateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.integrationgateway.audit.DurableEventProbe.ProbeEvent;
import org.integrationgateway.audit.DurableEventProbe.ProbeListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events consumed by an {@code @ApplicationModuleListener} are stored in the {@code event_publication} table
 * in the publishing transaction, marked complete once the listener succeeded, kept when it failed (so they can
 * be resubmitted) and not stored at all when the transaction rolls back. Run on H2 and on PostgreSQL.
 */
abstract class EventPublicationRegistryContract {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProbeListener probe;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired FailedEventResubmission resubmission;

    @Test
    void storesThePublicationInThePublishingTransactionAndCompletesItAfterDelivery() {
        String id = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ProbeEvent(id, 0));
            Map<String, Object> row = publicationOf(id);
            assertThat(row.get("event_type")).isEqualTo(ProbeEvent.class.getName());
            assertThat((String) row.get("listener_id")).contains(ProbeListener.class.getName());
            assertThat(row.get("completion_date")).isNull();
        });

        await().atMost(PATIENCE).until(() -> probe.handled(id));
        await().atMost(PATIENCE).until(() -> publicationOf(id).get("completion_date") != null);
    }

    @Test
    void keepsTheEventOfAFailedListenerUntilItIsResubmittedAndDelivered() {
        String id = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> events.publishEvent(new ProbeEvent(id, 1)));

        await().atMost(PATIENCE).until(() -> "FAILED".equals(publicationOf(id).get("status")));
        assertThat(probe.handled(id)).isFalse();
        assertThat(publicationOf(id).get("completion_date")).isNull();

        incomplete.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof ProbeEvent event && event.id().equals(id));

        await().atMost(PATIENCE).until(() -> probe.handled(id));
        await().atMost(PATIENCE).until(() -> publicationOf(id).get("completion_date") != null);
        assertThat(probe.attempts(id)).isEqualTo(2);
    }

    @Test
    void aFailedListenerIsDeliveredAgainByTheResubmissionPassWithoutARestart() {
        String id = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> events.publishEvent(new ProbeEvent(id, 1)));
        await().atMost(PATIENCE).until(() -> "FAILED".equals(publicationOf(id).get("status")));

        resubmission.run(Duration.ZERO);

        await().atMost(PATIENCE).until(() -> probe.handled(id));
        await().atMost(PATIENCE).until(() -> publicationOf(id).get("completion_date") != null);
        assertThat(probe.attempts(id)).isEqualTo(2);
    }

    @Test
    void storesNothingWhenThePublishingTransactionRollsBack() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new ProbeEvent(id, 0));
            throw new IllegalStateException("the business change failed");
        })).hasMessage("the business change failed");

        assertThat(publicationCount(id)).isZero();
        assertThat(probe.attempts(id)).isZero();
    }

    private Map<String, Object> publicationOf(String id) {
        return jdbc.queryForMap("select listener_id, event_type, completion_date, status from event_publication"
                + " where serialized_event like ?", "%" + id + "%");
    }

    private int publicationCount(String id) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%" + id + "%");
    }
}

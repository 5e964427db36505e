package org.integrationgateway.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the time from raising a change request to its decision ({@code gateway.change.decision.latency}, a
 * histogram tagged with the outcome and the forum) when a decision commits. It listens synchronously, inside the
 * deciding transaction, and records only after the commit: a decision that rolls back is not counted, and no
 * durable event publication is made for a measurement. Each node counts the decisions it made; Prometheus sums them.
 */
@Component
class DecisionLatency {

    static final String METER = "gateway.change.decision.latency";

    private final JdbcTemplate jdbc;
    private final MeterRegistry registry;

    DecisionLatency(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @EventListener
    void on(ChangeRequestDecided decided) {
        List<Timestamp> raised = jdbc.queryForList("select raised_at from change_request where id = ?", Timestamp.class,
                decided.changeRequest().id());
        if (raised.isEmpty() || raised.get(0) == null || decided.decidedAt() == null) {
            return;
        }
        Duration latency = Duration.between(raised.get(0).toInstant(), decided.decidedAt());
        Runnable record = () -> timer(decided.outcome(), decided.forum()).record(latency.isNegative() ? Duration.ZERO : latency);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    record.run();
                }
            });
        } else {
            record.run();
        }
    }

    Timer timer(String outcome, String forum) {
        return Timer.builder(METER).description("Time from raising a change request to its decision")
                .tag("outcome", String.valueOf(outcome)).tag("forum", String.valueOf(forum))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofSeconds(1)).maximumExpectedValue(Duration.ofDays(90))
                .register(registry);
    }
}

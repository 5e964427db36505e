package org.integrationgateway.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The gauges read from the database: change requests by state, the event publication backlog, stream events
 * waiting for a position, the webhook backlog and failing endpoints, and the e-mail queue. A scrape reads them all
 * from one snapshot, taken at most every {@link #MAX_AGE} (one grouped query per figure), so frequent scrapes or
 * several scrapers cost the database nothing more; while the database is unreachable the last snapshot stays.
 */
@Component
class GatewayMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    static final List<String> CHANGE_REQUEST_STATES = List.of("DRAFT", "SUBMITTED", "UNDER_ASSESSMENT",
            "AWAITING_DECISION", "APPROVED", "REJECTED", "DEFERRED", "IMPLEMENTED", "VERIFIED", "CLOSED", "WITHDRAWN");

    private static final Logger log = LoggerFactory.getLogger(GatewayMetrics.class);

    private final OperationalFigures figures;
    private final Clock clock;
    private final AtomicReference<Snapshot> last = new AtomicReference<>();

    GatewayMetrics(OperationalFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** What the gauges show, read at {@code takenAt}. */
    record Snapshot(Instant takenAt, Map<String, Long> changeRequests, OperationalFigures.Backlog publications,
                    OperationalFigures.Backlog unsequenced, long webhookEventsBehind, long webhookEndpointsFailing,
                    long webhookEndpointsDisabled, OperationalFigures.MailQueue mail) {

        static final Snapshot EMPTY = new Snapshot(Instant.EPOCH, Map.of(), new OperationalFigures.Backlog(0, null),
                new OperationalFigures.Backlog(0, null), 0, 0, 0, new OperationalFigures.MailQueue(0, 0, null));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String state : CHANGE_REQUEST_STATES) {
            gauge(registry, "gateway.change.requests", "Change requests in each state",
                    s -> s.changeRequests().getOrDefault(state, 0L)).tag("state", state).register(registry);
        }
        gauge(registry, "gateway.event.publications.incomplete",
                "Domain event publications whose listener has not completed", s -> s.publications().count())
                .register(registry);
        gauge(registry, "gateway.event.publications.oldest.age",
                "Age of the oldest incomplete event publication (0 when none)", s -> age(s, s.publications().oldest()))
                .baseUnit("seconds").register(registry);
        gauge(registry, "gateway.stream.unsequenced",
                "Stream events committed but not yet given a position", s -> s.unsequenced().count()).register(registry);
        gauge(registry, "gateway.webhook.backlog",
                "Stream positions enabled webhook endpoints are behind, summed", Snapshot::webhookEventsBehind)
                .register(registry);
        gauge(registry, "gateway.webhook.endpoints.failing",
                "Enabled webhook endpoints whose last attempt failed", Snapshot::webhookEndpointsFailing)
                .register(registry);
        gauge(registry, "gateway.webhook.endpoints.disabled",
                "Webhook endpoints disabled after failing too often", Snapshot::webhookEndpointsDisabled)
                .register(registry);
        gauge(registry, "gateway.mail.pending", "Notifications e-mail still owes",
                s -> s.mail().urgent()).tag("kind", "urgent").register(registry);
        gauge(registry, "gateway.mail.pending", "Notifications e-mail still owes",
                s -> s.mail().digest()).tag("kind", "digest").register(registry);
    }

    private Gauge.Builder<GatewayMetrics> gauge(MeterRegistry registry, String name, String description,
                                                ToDoubleFunction<Snapshot> value) {
        return Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.snapshot())).description(description);
    }

    private double age(Snapshot snapshot, Instant oldest) {
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, snapshot.takenAt()).toMillis() / 1000.0);
    }

    /** The current snapshot, read again when older than {@link #MAX_AGE}. */
    Snapshot snapshot() {
        Instant now = Instant.now(clock);
        Snapshot current = last.get();
        if (current != null && current.takenAt().plus(MAX_AGE).isAfter(now)) {
            return current;
        }
        synchronized (this) {
            current = last.get();
            if (current != null && current.takenAt().plus(MAX_AGE).isAfter(now)) {
                return current;
            }
            try {
                current = read(now);
            } catch (DataAccessException e) {
                log.debug("Reading the metrics failed; keeping the last figures: {}", e.toString());
                return current == null ? Snapshot.EMPTY : current;
            }
            last.set(current);
            return current;
        }
    }

    private Snapshot read(Instant now) {
        List<OperationalFigures.WebhookBacklog> endpoints = figures.webhookEndpoints();
        return new Snapshot(now, figures.changeRequestsByState(), figures.eventPublications(),
                figures.unsequencedStreamEvents(),
                endpoints.stream().mapToLong(OperationalFigures.WebhookBacklog::eventsBehind).sum(),
                endpoints.stream().filter(e -> e.consecutiveFailures() > 0).count(),
                figures.webhookEndpointsDisabledByFailures(), figures.mailQueue());
    }
}

package org.integrationgateway.operations;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.integrationgateway.operations.HealthReport.Status;
import org.integrationgateway.operations.HealthReport.Warning;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Assembles the {@link HealthReport}: reads the database's figures afresh (not the metrics' cached snapshot, since an
 * administrator looking at the page wants the present), the pool from the data source, and this node's failure
 * counters from the meter registry. Thresholds that turn a section to WARNING are the constants below.
 */
@Service
public class SystemHealth {

    /** A trivial query slower than this is a warning. */
    static final Duration SLOW_DATABASE = Duration.ofMillis(500);
    /** An incomplete event publication older than this is a warning (listeners are retried every 30 s). */
    static final Duration STALE_PUBLICATION = Duration.ofMinutes(5);
    /** A stream event waiting longer than this for its position is a warning (live updates are late). */
    static final Duration SEQUENCER_LAG = Duration.ofSeconds(30);
    /** An urgent notification waiting longer than this for e-mail is a warning. */
    static final Duration STALE_URGENT_MAIL = Duration.ofMinutes(15);
    /** A mail failure of this node within this window is a warning. */
    static final Duration RECENT_MAIL_FAILURE = Duration.ofHours(1);

    /** Meter names other modules register and this page reads back (see docs/operations.md). */
    static final String SSE_CONNECTIONS = "gateway.sse.connections";
    static final String MAIL_FAILURES = "gateway.mail.failures";
    static final String MAIL_LAST_FAILURE = "gateway.mail.last.failure.timestamp";
    static final String WEBHOOK_FAILURES = "gateway.webhook.delivery.failures";

    private final OperationalFigures figures;
    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final Clock clock;
    private final MessageSource messages;

    SystemHealth(OperationalFigures figures, DataSource dataSource, MeterRegistry registry, Clock clock,
                 MessageSource messages) {
        this.messages = messages;
        this.figures = figures;
        this.dataSource = dataSource;
        this.registry = registry;
        this.clock = clock;
    }

    /** The health as of now. Never throws for an unreachable database: that is a DOWN section. */
    public HealthReport check() {
        Instant now = Instant.now(clock);
        List<Warning> warnings = new ArrayList<>();
        HealthReport.Database database = database(warnings);
        int liveStreams = (int) gaugeValue(SSE_CONNECTIONS);
        long webhookFailures = (long) counterValue(WEBHOOK_FAILURES);
        long mailFailures = (long) counterValue(MAIL_FAILURES);
        double lastMailFailureSeconds = gaugeValue(MAIL_LAST_FAILURE);
        Instant lastMailFailure = lastMailFailureSeconds > 0 ? Instant.ofEpochMilli((long) (lastMailFailureSeconds * 1000)) : null;
        if (!database.reachable()) {
            return unreadable(now, database, liveStreams, webhookFailures, mailFailures, lastMailFailure, warnings);
        }
        try {
            HealthReport.EventPublications publications = publications(now, warnings);
            HealthReport.Stream stream = stream(now, liveStreams, warnings);
            HealthReport.Webhooks webhooks = webhooks(webhookFailures, warnings);
            HealthReport.Mail mail = mail(now, mailFailures, lastMailFailure, warnings);
            HealthReport.Nodes nodes = nodes();
            Status overall = database.status().worst(publications.status()).worst(stream.status())
                    .worst(webhooks.status()).worst(mail.status()).worst(nodes.status());
            return new HealthReport(now, overall, database, publications, stream, webhooks, mail, nodes,
                    List.copyOf(warnings));
        } catch (DataAccessException e) {
            warn(warnings, "database", "health.warning.database.unreachable");
            HealthReport.Database down = new HealthReport.Database(Status.DOWN, false, null, database.poolActive(),
                    database.poolIdle(), database.poolMax(), database.poolWaiting());
            return unreadable(now, down, liveStreams, webhookFailures, mailFailures, lastMailFailure, warnings);
        }
    }

    /** The database is down: the sections read from it are UNKNOWN, this node's own figures still show. */
    private HealthReport unreadable(Instant now, HealthReport.Database database, int liveStreams,
                                           long webhookFailures, long mailFailures, Instant lastMailFailure,
                                           List<Warning> warnings) {
        return new HealthReport(now, Status.DOWN, database,
                new HealthReport.EventPublications(Status.UNKNOWN, 0, null, null),
                new HealthReport.Stream(Status.UNKNOWN, 0, null, null, liveStreams),
                new HealthReport.Webhooks(Status.UNKNOWN, 0, 0, null, List.of(), 0, webhookFailures),
                new HealthReport.Mail(Status.UNKNOWN, 0, 0, null, mailFailures, lastMailFailure),
                new HealthReport.Nodes(Status.UNKNOWN, List.of()), List.copyOf(warnings));
    }

    private HealthReport.Database database(List<Warning> warnings) {
        Integer active = null;
        Integer idle = null;
        Integer max = null;
        Integer waiting = null;
        if (dataSource instanceof HikariDataSource hikari) {
            max = hikari.getMaximumPoolSize();
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            if (pool != null) {
                active = pool.getActiveConnections();
                idle = pool.getIdleConnections();
                waiting = pool.getThreadsAwaitingConnection();
            }
        }
        Duration latency;
        try {
            latency = figures.ping();
        } catch (DataAccessException e) {
            warn(warnings, "database", "health.warning.database.unreachable");
            return new HealthReport.Database(Status.DOWN, false, null, active, idle, max, waiting);
        }
        Status status = Status.OK;
        if (latency.compareTo(SLOW_DATABASE) > 0) {
            warn(warnings, "database", "health.warning.database.slow", latency.toMillis());
            status = Status.WARNING;
        }
        if (waiting != null && waiting > 0) {
            warn(warnings, "database", "health.warning.database.pool", waiting);
            status = Status.WARNING;
        }
        return new HealthReport.Database(status, true, latency.toMillis(), active, idle, max, waiting);
    }

    private HealthReport.EventPublications publications(Instant now, List<Warning> warnings) {
        OperationalFigures.Backlog backlog = figures.eventPublications();
        Long age = ageSeconds(now, backlog.oldest());
        Status status = Status.OK;
        if (age != null && age > STALE_PUBLICATION.toSeconds()) {
            warn(warnings, "events", "health.warning.events.stale", backlog.count(), age);
            status = Status.WARNING;
        }
        return new HealthReport.EventPublications(status, backlog.count(), backlog.oldest(), age);
    }

    private HealthReport.Stream stream(Instant now, int liveStreams, List<Warning> warnings) {
        OperationalFigures.Backlog backlog = figures.unsequencedStreamEvents();
        Long lag = ageSeconds(now, backlog.oldest());
        Status status = Status.OK;
        if (lag != null && lag > SEQUENCER_LAG.toSeconds()) {
            warn(warnings, "stream", "health.warning.stream.lag", backlog.count(), lag);
            status = Status.WARNING;
        }
        return new HealthReport.Stream(status, backlog.count(), backlog.oldest(), lag, liveStreams);
    }

    private HealthReport.Webhooks webhooks(long failedAttempts, List<Warning> warnings) {
        List<OperationalFigures.WebhookBacklog> endpoints = figures.webhookEndpoints();
        long disabled = figures.webhookEndpointsDisabledByFailures();
        List<HealthReport.FailingEndpoint> failing = endpoints.stream().filter(e -> e.consecutiveFailures() > 0)
                .map(e -> new HealthReport.FailingEndpoint(e.endpointId(), e.url(), e.consecutiveFailures(),
                        e.eventsBehind(), e.oldestUndelivered()))
                .toList();
        Instant oldest = endpoints.stream().map(OperationalFigures.WebhookBacklog::oldestUndelivered)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        Status status = Status.OK;
        if (!failing.isEmpty()) {
            warn(warnings, "webhooks", "health.warning.webhooks.failing", failing.size());
            status = Status.WARNING;
        }
        if (disabled > 0) {
            warn(warnings, "webhooks", "health.warning.webhooks.disabled", disabled);
            status = Status.WARNING;
        }
        return new HealthReport.Webhooks(status, endpoints.size(),
                endpoints.stream().mapToLong(OperationalFigures.WebhookBacklog::eventsBehind).sum(), oldest, failing,
                disabled, failedAttempts);
    }

    private HealthReport.Mail mail(Instant now, long failures, Instant lastFailure, List<Warning> warnings) {
        OperationalFigures.MailQueue queue = figures.mailQueue();
        Status status = Status.OK;
        Long age = ageSeconds(now, queue.oldestUrgent());
        if (age != null && age > STALE_URGENT_MAIL.toSeconds()) {
            warn(warnings, "mail", "health.warning.mail.stale", queue.urgent(), age / 60);
            status = Status.WARNING;
        }
        if (lastFailure != null && lastFailure.isAfter(now.minus(RECENT_MAIL_FAILURE))) {
            warn(warnings, "mail", "health.warning.mail.failed", lastFailure.toString());
            status = Status.WARNING;
        }
        return new HealthReport.Mail(status, queue.urgent(), queue.digest(), queue.oldestUrgent(), failures, lastFailure);
    }

    private HealthReport.Nodes nodes() {
        Map<String, Long> online = figures.nodesOnline();
        return new HealthReport.Nodes(Status.OK, online.entrySet().stream()
                .map(e -> new HealthReport.NodeOnline(e.getKey(), e.getValue())).toList());
    }

    private void warn(List<Warning> warnings, String section, String code, Object... arguments) {
        warnings.add(new Warning(section, code, messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale())));
    }

    private static Long ageSeconds(Instant now, Instant oldest) {
        return oldest == null ? null : Math.max(0, Duration.between(oldest, now).toSeconds());
    }

    private double gaugeValue(String name) {
        Gauge gauge = registry.find(name).gauge();
        return gauge == null || Double.isNaN(gauge.value()) ? 0 : gauge.value();
    }

    private double counterValue(String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }
}

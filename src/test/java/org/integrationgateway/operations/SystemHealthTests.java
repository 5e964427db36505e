package org.integrationgateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.integrationgateway.operations.HealthReport.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;

class SystemHealthTests {

    private final OperationalFigures figures = mock(OperationalFigures.class);
    private final GatewayMetricsTests.MovableClock clock = new GatewayMetricsTests.MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private SystemHealth health;

    @BeforeEach
    void healthyFigures() {
        when(figures.ping()).thenReturn(Duration.ofMillis(3));
        when(figures.eventPublications()).thenReturn(new OperationalFigures.Backlog(0, null));
        when(figures.unsequencedStreamEvents()).thenReturn(new OperationalFigures.Backlog(0, null));
        when(figures.webhookEndpoints()).thenReturn(List.of());
        when(figures.mailQueue()).thenReturn(new OperationalFigures.MailQueue(0, 0, null));
        when(figures.nodesOnline()).thenReturn(Map.of("node-a", 3L));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/operations");
        messages.setDefaultLocale(Locale.ENGLISH);
        health = new SystemHealth(figures, mock(DataSource.class), registry, clock, messages);
    }

    @Test
    void everythingQuietIsOk() {
        HealthReport report = health.check();

        assertThat(report.status()).isEqualTo(Status.OK);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.database().latencyMillis()).isEqualTo(3);
        assertThat(report.nodes().online()).containsExactly(new HealthReport.NodeOnline("node-a", 3));
    }

    @Test
    void anUnreachableDatabaseIsDownAndTheSectionsReadFromItUnknown() {
        when(figures.ping()).thenThrow(new DataAccessResourceFailureException("connection refused"));

        HealthReport report = health.check();

        assertThat(report.status()).isEqualTo(Status.DOWN);
        assertThat(report.database().reachable()).isFalse();
        assertThat(report.eventPublications().status()).isEqualTo(Status.UNKNOWN);
        assertThat(report.webhooks().status()).isEqualTo(Status.UNKNOWN);
        assertThat(report.warnings()).extracting(HealthReport.Warning::message)
                .containsExactly("The database cannot be reached.");
    }

    @Test
    void warnsOfLateWorkOnlyPastItsThreshold() {
        Instant now = clock.instant();
        when(figures.eventPublications()).thenReturn(new OperationalFigures.Backlog(2, now.minus(SystemHealth.STALE_PUBLICATION)));
        when(figures.unsequencedStreamEvents()).thenReturn(new OperationalFigures.Backlog(4, now.minusSeconds(45)));
        when(figures.mailQueue()).thenReturn(new OperationalFigures.MailQueue(1, 0, now.minus(Duration.ofMinutes(20))));

        HealthReport report = health.check();

        assertThat(report.eventPublications().status()).as("exactly at the threshold").isEqualTo(Status.OK);
        assertThat(report.stream().status()).isEqualTo(Status.WARNING);
        assertThat(report.stream().lagSeconds()).isEqualTo(45);
        assertThat(report.mail().status()).isEqualTo(Status.WARNING);
        assertThat(report.status()).isEqualTo(Status.WARNING);
        assertThat(report.warnings()).extracting(HealthReport.Warning::code)
                .containsExactly("health.warning.stream.lag", "health.warning.mail.stale");
        assertThat(report.warnings().get(1).message()).isEqualTo("1 urgent e-mails wait; the oldest for 20 min. Is the mail worker running?");
    }

    @Test
    void showsThisNodesMailAndWebhookFailuresFromTheMeters() {
        Counter.builder(SystemHealth.MAIL_FAILURES).register(registry).increment(2);
        Counter.builder(SystemHealth.WEBHOOK_FAILURES).register(registry).increment(5);
        Instant failedAt = clock.instant().minusSeconds(120);
        Gauge.builder(SystemHealth.MAIL_LAST_FAILURE, () -> failedAt.getEpochSecond()).register(registry);
        when(figures.webhookEndpoints()).thenReturn(List.of(
                new OperationalFigures.WebhookBacklog(7, "https://hooks.example", 3, 12, failedAt)));

        HealthReport report = health.check();

        assertThat(report.mail().failuresThisNode()).isEqualTo(2);
        assertThat(report.mail().lastFailureThisNode()).isEqualTo(failedAt);
        assertThat(report.mail().status()).isEqualTo(Status.WARNING);
        assertThat(report.webhooks().failedAttemptsThisNode()).isEqualTo(5);
        assertThat(report.webhooks().failing()).singleElement()
                .satisfies(endpoint -> assertThat(endpoint.eventsBehind()).isEqualTo(12));
        assertThat(report.webhooks().oldestUndelivered()).isEqualTo(failedAt);
        assertThat(report.warnings()).extracting(HealthReport.Warning::section).containsExactly("webhooks", "mail");
    }
}

package org.integrationgateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class GatewayMetricsTests {

    private final OperationalFigures figures = mock(OperationalFigures.class);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void figures() {
        when(figures.changeRequestsByState()).thenReturn(Map.of("SUBMITTED", 4L, "APPROVED", 2L));
        when(figures.eventPublications()).thenReturn(new OperationalFigures.Backlog(3, clock.instant().minusSeconds(90)));
        when(figures.unsequencedStreamEvents()).thenReturn(new OperationalFigures.Backlog(0, null));
        when(figures.webhookEndpoints()).thenReturn(List.of(
                new OperationalFigures.WebhookBacklog(1, "https://a.example", 0, 0, null),
                new OperationalFigures.WebhookBacklog(2, "https://b.example", 5, 17, clock.instant().minusSeconds(600))));
        when(figures.webhookEndpointsDisabledByFailures()).thenReturn(1L);
        when(figures.mailQueue()).thenReturn(new OperationalFigures.MailQueue(2, 9, null));
        new GatewayMetrics(figures, clock).bindTo(registry);
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    @Test
    void showsTheDatabaseFiguresAsGauges() {
        assertThat(gauge("gateway.change.requests", "state", "SUBMITTED")).isEqualTo(4);
        assertThat(gauge("gateway.change.requests", "state", "APPROVED")).isEqualTo(2);
        assertThat(gauge("gateway.change.requests", "state", "CLOSED")).as("a state without requests").isZero();
        assertThat(gauge("gateway.event.publications.incomplete")).isEqualTo(3);
        assertThat(gauge("gateway.event.publications.oldest.age")).isEqualTo(90);
        assertThat(gauge("gateway.webhook.backlog")).isEqualTo(17);
        assertThat(gauge("gateway.webhook.endpoints.failing")).isEqualTo(1);
        assertThat(gauge("gateway.webhook.endpoints.disabled")).isEqualTo(1);
        assertThat(gauge("gateway.mail.pending", "kind", "urgent")).isEqualTo(2);
        assertThat(gauge("gateway.mail.pending", "kind", "digest")).isEqualTo(9);
    }

    @Test
    void readsTheDatabaseOncePerSnapshotAgeHoweverOftenItIsScraped() {
        for (int i = 0; i < 5; i++) {
            gauge("gateway.change.requests", "state", "SUBMITTED");
            gauge("gateway.mail.pending", "kind", "urgent");
        }
        verify(figures, times(1)).changeRequestsByState();

        clock.move(GatewayMetrics.MAX_AGE);
        gauge("gateway.change.requests", "state", "SUBMITTED");
        verify(figures, times(2)).changeRequestsByState();
    }

    @Test
    void keepsTheLastFiguresWhileTheDatabaseIsUnreachable() {
        assertThat(gauge("gateway.change.requests", "state", "SUBMITTED")).isEqualTo(4);
        when(figures.changeRequestsByState()).thenThrow(new DataAccessResourceFailureException("down"));
        clock.move(Duration.ofMinutes(1));

        assertThat(gauge("gateway.change.requests", "state", "SUBMITTED")).isEqualTo(4);
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

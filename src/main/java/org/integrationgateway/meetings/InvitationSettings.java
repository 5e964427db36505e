package org.integrationgateway.meetings;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.meetings.invitations.*}: how the invitation e-mails of meetings leave their outbox. {@code interval}
 * (default 1 minute): how often the mailer looks for invitations to send besides being woken by the commit that
 * queued them; {@code backoff} (default 1 minute): after a failed attempt the next waits {@code backoff × 2^(n−1)}
 * counted from when the invitation was queued ({@code n} the attempts so far); {@code max-attempts} (default 8): an
 * invitation that failed that often is given up (its {@code last_error} says why). The sender and the links are
 * those of the inbox's e-mail ({@code gateway.mail.from}, {@code gateway.mail.base-url}; no {@code spring.mail.host}:
 * nothing is sent).
 */
@ConfigurationProperties("gateway.meetings.invitations")
public record InvitationSettings(Duration interval, Duration backoff, Integer maxAttempts) {

    public InvitationSettings {
        interval = interval == null ? Duration.ofMinutes(1) : interval;
        backoff = backoff == null ? Duration.ofMinutes(1) : backoff;
        maxAttempts = Objects.requireNonNullElse(maxAttempts, 8);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("gateway.meetings.invitations.interval is above 0");
        }
        if (backoff.isNegative() || maxAttempts < 1) {
            throw new IllegalArgumentException("gateway.meetings.invitations.backoff is 0 or more, max-attempts 1 or more");
        }
    }

    /** When an invitation queued at {@code queuedAt} that failed {@code attempts} times may be tried again. */
    java.time.Instant nextAttempt(java.time.Instant queuedAt, int attempts) {
        if (attempts <= 0) {
            return queuedAt;
        }
        long factor = (1L << Math.min(attempts, 20)) - 1;
        return queuedAt.plus(backoff.multipliedBy(factor));
    }
}

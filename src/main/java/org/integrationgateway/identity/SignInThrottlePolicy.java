package org.integrationgateway.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When repeated failed sign-ins for one login name are slowed down. The first {@value #FREE_FAILURES} failures
 * within {@link #WINDOW} are free; the failure that reaches that count blocks the name for {@link #FIRST_BLOCK},
 * and every further failure before the record is forgotten doubles the block, up to {@link #MAX_BLOCK}.
 * A record is forgotten {@link #WINDOW} after the later of its first failure and the end of its last block;
 * a successful sign-in forgets it at once.
 */
public final class SignInThrottlePolicy {

    public static final int FREE_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration FIRST_BLOCK = Duration.ofMinutes(1);
    public static final Duration MAX_BLOCK = Duration.ofMinutes(15);

    /** What is remembered about one login name; {@code blockedUntil} is null while it is not blocked. */
    public record State(int failures, Instant firstFailure, Instant blockedUntil) {
    }

    /** How long the name stays blocked at {@code now}, or empty when a sign-in may be attempted. */
    public Optional<Duration> remainingBlock(State state, Instant now) {
        if (state == null || state.blockedUntil() == null || !now.isBefore(state.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.blockedUntil()));
    }

    /** The state after one more failure at {@code now}; {@code state} may be null when nothing is remembered. */
    public State afterFailure(State state, Instant now) {
        if (state == null || isForgotten(state, now)) {
            return blockIfDue(1, now);
        }
        State next = blockIfDue(state.failures() + 1, now);
        return new State(next.failures(), state.firstFailure(), next.blockedUntil() != null ? next.blockedUntil()
                : state.blockedUntil());
    }

    /** True when the record no longer counts and may be deleted. */
    public boolean isForgotten(State state, Instant now) {
        Instant anchor = state.blockedUntil() != null && state.blockedUntil().isAfter(state.firstFailure())
                ? state.blockedUntil() : state.firstFailure();
        return !now.isBefore(anchor.plus(WINDOW));
    }

    /** Seconds to put in a {@code Retry-After} header: the remaining block rounded up, at least 1. */
    public static long retryAfterSeconds(Duration remaining) {
        long seconds = remaining.getSeconds() + (remaining.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static State blockIfDue(int failures, Instant now) {
        if (failures < FREE_FAILURES) {
            return new State(failures, now, null);
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
        if (block.compareTo(MAX_BLOCK) > 0) {
            block = MAX_BLOCK;
        }
        return new State(failures, now, now.plus(block));
    }
}

package org.integrationgateway.stagegate.events;

import java.time.Instant;

/**
 * An interruption ended; {@code after.state} is ACTIVE again unless other interruptions are still open.
 * {@code durationSeconds} is how long it lasted.
 */
public record ProjectInterruptionEnded(LifecycleSnapshot before, LifecycleSnapshot after, String source,
                                       String reference, Instant startedAt, Instant endedAt, long durationSeconds)
        implements LifecycleTransition {

    @Override
    public String action() {
        return "interruption-ended";
    }
}

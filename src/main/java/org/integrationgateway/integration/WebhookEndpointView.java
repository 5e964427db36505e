package org.integrationgateway.integration;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint as administrators see it: never its secret, only a hint of it. {@code cursor} is the last
 * acknowledged stream position; {@code consecutiveFailures} and {@code nextAttemptAt} describe the blocked head
 * of its queue; {@code lastAttempt} is its newest delivery attempt (or null).
 */
public record WebhookEndpointView(long id, String url, String description, List<String> eventTypes, boolean enabled,
                                  String secretHint, Instant previousSecretValidUntil, String disabledReason,
                                  Instant createdAt, long version, long cursor, int consecutiveFailures,
                                  Instant nextAttemptAt, WebhookAttemptView lastAttempt) {

    /** True when every event type is delivered. */
    public boolean allEventTypes() {
        return eventTypes.isEmpty() || eventTypes.contains("*");
    }
}

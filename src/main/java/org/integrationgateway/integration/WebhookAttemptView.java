package org.integrationgateway.integration;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery attempt in an endpoint's log: the event (id, type, position), the attempt number for that event,
 * whether an administrator asked for it, the response status (or the connection error), a short excerpt of the
 * response body, how long it took and when.
 */
public record WebhookAttemptView(long id, UUID eventId, String eventType, long position, int attempt, boolean manual,
                                 Integer statusCode, String error, String responseExcerpt, long durationMs,
                                 Instant attemptedAt) {

    /** True when the receiver acknowledged the delivery (2xx). */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}

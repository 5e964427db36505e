package org.integrationgateway.realtime;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A positioned event of the stream as readers see it. {@code id} is stable for the event's life (webhook
 * deliveries use it as their message id); {@code position} orders the stream and is the SSE event id.
 * {@code payload} is the JSON text of the event.
 */
public record StreamEntry(UUID id, long position, String type, StreamAudience audience, Long organisationId,
                          Long personId, Long projectId, Set<String> topics, String payload, Instant occurredAt) {

    /** True when the event carries at least one of the given topics. */
    public boolean matchesAny(Set<String> wanted) {
        for (String topic : topics) {
            if (wanted.contains(topic)) {
                return true;
            }
        }
        return false;
    }
}

package org.integrationgateway.integration.events;

import org.integrationgateway.shared.AuditedChange;

/** An endpoint got a new signing secret; the previous one signs too until {@code previousSecretValidUntil}. */
public record WebhookSecretRotated(long endpointId, java.time.Instant previousSecretValidUntil) implements AuditedChange {

    @Override
    public String entityType() {
        return "WebhookEndpoint";
    }

    @Override
    public String entityId() {
        return Long.toString(endpointId);
    }

    @Override
    public String action() {
        return "secret-rotated";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return java.util.Map.of("previousSecretValidUntil", previousSecretValidUntil.toString());
    }
}

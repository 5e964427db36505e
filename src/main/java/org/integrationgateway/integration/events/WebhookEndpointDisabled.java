package org.integrationgateway.integration.events;

import org.integrationgateway.shared.AuditedChange;

/** The delivery worker disabled an endpoint after {@code consecutiveFailures} failed attempts in a row. */
public record WebhookEndpointDisabled(long endpointId, int consecutiveFailures, WebhookEndpointSnapshot previous, WebhookEndpointSnapshot current) implements AuditedChange {

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
        return "disabled-after-failures";
    }

    @Override
    public Object before() {
        return previous;
    }

    @Override
    public Object after() {
        return current;
    }
}

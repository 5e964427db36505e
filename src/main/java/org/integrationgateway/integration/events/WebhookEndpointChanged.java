package org.integrationgateway.integration.events;

import org.integrationgateway.shared.AuditedChange;

/** A webhook endpoint's URL, description, filter or enabled flag was changed by an administrator. */
public record WebhookEndpointChanged(long endpointId, WebhookEndpointSnapshot previous, WebhookEndpointSnapshot current) implements AuditedChange {

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
        return "changed";
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

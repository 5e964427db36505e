package org.integrationgateway.integration.events;

import org.integrationgateway.shared.AuditedChange;

/** A webhook endpoint was registered. */
public record WebhookEndpointCreated(long endpointId, WebhookEndpointSnapshot endpoint) implements AuditedChange {

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
        return "created";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return endpoint;
    }
}

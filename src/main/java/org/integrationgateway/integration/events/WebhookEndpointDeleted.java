package org.integrationgateway.integration.events;

import org.integrationgateway.shared.AuditedChange;

/** A webhook endpoint was deleted with its delivery log. */
public record WebhookEndpointDeleted(long endpointId, WebhookEndpointSnapshot endpoint) implements AuditedChange {

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
        return "deleted";
    }

    @Override
    public Object before() {
        return endpoint;
    }

    @Override
    public Object after() {
        return null;
    }
}

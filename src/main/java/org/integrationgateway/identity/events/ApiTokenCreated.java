package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** A personal API token was created. */
public record ApiTokenCreated(ApiTokenSnapshot snapshot) implements AuditedChange {

    @Override
    public String entityType() {
        return "ApiToken";
    }

    @Override
    public String entityId() {
        return Long.toString(snapshot.id());
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
        return snapshot;
    }
}

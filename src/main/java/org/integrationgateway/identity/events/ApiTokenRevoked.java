package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** A personal API token was revoked and stopped working. */
public record ApiTokenRevoked(ApiTokenSnapshot before, ApiTokenSnapshot after) implements AuditedChange {

    @Override
    public String entityType() {
        return "ApiToken";
    }

    @Override
    public String entityId() {
        return Long.toString(after.id());
    }

    @Override
    public String action() {
        return "revoked";
    }
}

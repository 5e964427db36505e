package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** An account's display name, system roles or customer organisation changed. */
public record UserAccountUpdated(long accountId, UserAccountSnapshot before, UserAccountSnapshot after) implements AuditedChange {

    @Override
    public String entityType() {
        return "UserAccount";
    }

    @Override
    public String entityId() {
        return Long.toString(accountId);
    }

    @Override
    public String action() {
        return "updated";
    }
}

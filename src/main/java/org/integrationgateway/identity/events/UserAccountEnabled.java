package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** A disabled account was enabled again. */
public record UserAccountEnabled(long accountId, UserAccountSnapshot before, UserAccountSnapshot after) implements AuditedChange {

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
        return "enabled";
    }
}

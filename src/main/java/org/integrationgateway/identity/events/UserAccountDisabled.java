package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** An account was disabled: its sessions and API tokens stopped working at once. */
public record UserAccountDisabled(long accountId, UserAccountSnapshot before, UserAccountSnapshot after) implements AuditedChange {

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
        return "disabled";
    }
}

package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** An administrator set a new password for an account; the account's sessions ended. */
public record UserAccountPasswordReset(long accountId, UserAccountSnapshot before, UserAccountSnapshot after) implements AuditedChange {

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
        return "password-reset";
    }
}

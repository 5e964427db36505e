package org.integrationgateway.identity.events;

import java.util.Set;
import org.integrationgateway.shared.AuditedChange;

/** An account was opened. The snapshot never contains the password hash. */
public record UserAccountCreated(long accountId, String email, String displayName, Set<String> roles,
                                 Long customerOrganisation) implements AuditedChange {

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
        return "created";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return this;
    }
}

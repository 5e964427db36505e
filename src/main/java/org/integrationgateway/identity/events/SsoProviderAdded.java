package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** An administrator added a single sign-on provider. */
public record SsoProviderAdded(SsoProviderSnapshot after) implements AuditedChange {

    @Override
    public String entityType() {
        return "SsoProvider";
    }

    @Override
    public String entityId() {
        return Long.toString(after.id());
    }

    @Override
    public String action() {
        return "added";
    }

    @Override
    public Object before() {
        return null;
    }
}

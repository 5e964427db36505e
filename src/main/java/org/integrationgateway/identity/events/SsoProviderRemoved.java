package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** An administrator removed a single sign-on provider; the accounts it signed in stay. */
public record SsoProviderRemoved(SsoProviderSnapshot before) implements AuditedChange {

    @Override
    public String entityType() {
        return "SsoProvider";
    }

    @Override
    public String entityId() {
        return Long.toString(before.id());
    }

    @Override
    public String action() {
        return "removed";
    }

    @Override
    public Object after() {
        return null;
    }
}

package org.integrationgateway.identity.events;

import org.integrationgateway.shared.AuditedChange;

/** An administrator changed a single sign-on provider's settings. */
public record SsoProviderChanged(SsoProviderSnapshot before, SsoProviderSnapshot after) implements AuditedChange {

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
        return "changed";
    }
}

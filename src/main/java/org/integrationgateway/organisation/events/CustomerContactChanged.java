package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A customer contact's details changed. */
public record CustomerContactChanged(long contactId, CustomerContactSnapshot before, CustomerContactSnapshot after) implements AuditedChange {

    @Override
    public String entityType() {
        return "CustomerContact";
    }

    @Override
    public String entityId() {
        return Long.toString(contactId);
    }

    @Override
    public String action() {
        return "changed";
    }

    @Override
    public CustomerContactSnapshot before() {
        return before;
    }

    @Override
    public CustomerContactSnapshot after() {
        return after;
    }
}

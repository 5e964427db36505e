package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A customer contact was removed. */
public record CustomerContactRemoved(long contactId, CustomerContactSnapshot contact) implements AuditedChange {

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
        return "deleted";
    }

    @Override
    public Object before() {
        return contact;
    }

    @Override
    public Object after() {
        return null;
    }
}

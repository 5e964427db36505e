package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A contact was added to a customer organisation. */
public record CustomerContactAdded(long contactId, CustomerContactSnapshot contact) implements AuditedChange {

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
        return "created";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return contact;
    }
}

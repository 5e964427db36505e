package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A person joined the organisation. */
public record PersonAdded(long personId, PersonSnapshot person) implements AuditedChange {

    @Override
    public String entityType() {
        return "Person";
    }

    @Override
    public String entityId() {
        return Long.toString(personId);
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
        return person;
    }
}

package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A person was removed from the organisation. */
public record PersonRemoved(long personId, PersonSnapshot person) implements AuditedChange {

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
        return "deleted";
    }

    @Override
    public Object before() {
        return person;
    }

    @Override
    public Object after() {
        return null;
    }
}

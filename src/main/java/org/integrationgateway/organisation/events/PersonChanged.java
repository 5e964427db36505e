package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A person's details or department changed. */
public record PersonChanged(long personId, PersonSnapshot before, PersonSnapshot after) implements AuditedChange {

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
        return "changed";
    }

    @Override
    public PersonSnapshot before() {
        return before;
    }

    @Override
    public PersonSnapshot after() {
        return after;
    }
}

package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A person was linked to a new staff sign-in account. */
public record PersonGivenSignInAccount(long personId, long userAccount, PersonSnapshot before, PersonSnapshot after) implements AuditedChange {

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
        return "account-linked";
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

package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A customer contact was given a portal account confined to their organisation. */
public record CustomerContactGivenPortalAccess(long contactId, long customerId, long userAccount, CustomerContactSnapshot before, CustomerContactSnapshot after) implements AuditedChange {

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
        return "portal-access-granted";
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

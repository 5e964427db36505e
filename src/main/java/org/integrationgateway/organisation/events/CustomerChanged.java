package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A customer organisation's details changed. */
public record CustomerChanged(long customerId, CustomerSnapshot before, CustomerSnapshot after) implements AuditedChange {

    @Override
    public String entityType() {
        return "Customer";
    }

    @Override
    public String entityId() {
        return Long.toString(customerId);
    }

    @Override
    public String action() {
        return "changed";
    }

    @Override
    public CustomerSnapshot before() {
        return before;
    }

    @Override
    public CustomerSnapshot after() {
        return after;
    }
}

package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A customer organisation was created. */
public record CustomerCreated(long customerId, CustomerSnapshot customer) implements AuditedChange {

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
        return "created";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return customer;
    }
}

package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A customer organisation without contacts was deleted. */
public record CustomerDeleted(long customerId, CustomerSnapshot customer) implements AuditedChange {

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
        return "deleted";
    }

    @Override
    public Object before() {
        return customer;
    }

    @Override
    public Object after() {
        return null;
    }
}

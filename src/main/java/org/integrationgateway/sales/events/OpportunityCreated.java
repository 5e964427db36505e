package org.integrationgateway.sales.events;

import org.integrationgateway.shared.AuditedChange;

/** An opportunity was opened on the pipeline. */
public record OpportunityCreated(OpportunitySnapshot opportunity, String createdBy) implements AuditedChange {

    @Override
    public String entityType() {
        return "opportunity";
    }

    @Override
    public String entityId() {
        return String.valueOf(opportunity.id());
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
        return opportunity;
    }
}

package org.integrationgateway.sales.events;

import org.integrationgateway.shared.AuditedChange;

/**
 * An opportunity's details were edited (title, contact, value, probability, close date, projects, or its owner when
 * {@code reassigned}); stage moves are {@link OpportunityStageChanged}.
 */
public record OpportunityChanged(OpportunitySnapshot previous, OpportunitySnapshot opportunity, boolean reassigned)
        implements AuditedChange {

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
        return reassigned ? "reassigned" : "changed";
    }

    @Override
    public Object before() {
        return previous;
    }

    @Override
    public Object after() {
        return opportunity;
    }
}

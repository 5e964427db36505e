package org.integrationgateway.sales.events;

import java.math.BigDecimal;
import org.integrationgateway.shared.AuditedChange;

/**
 * An opportunity moved from one stage to another (won, lost and reopened included), with the weighted value it has
 * now (in {@code currency}), for the pipeline's measures and, later, the scoreboard.
 */
public record OpportunityStageChanged(OpportunitySnapshot previous, OpportunitySnapshot opportunity, String fromStage,
                                      String toStage, BigDecimal weightedValue, String currency, String movedBy)
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
        return "stage-changed";
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

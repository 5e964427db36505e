package org.integrationgateway.stagegate.events;

import org.integrationgateway.shared.AuditedChange;

/** A gatekeeper scored a gate's criteria ({@code before} is their previous scorecard, if any). */
public record GateCriteriaScored(long reviewId, long projectId, int stageIndex, ScorecardSnapshot before,
                                 ScorecardSnapshot after) implements AuditedChange {

    @Override
    public String entityType() {
        return "gate-review";
    }

    @Override
    public String entityId() {
        return String.valueOf(reviewId);
    }

    @Override
    public String action() {
        return "scored";
    }
}

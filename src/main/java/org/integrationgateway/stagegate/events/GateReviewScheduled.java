package org.integrationgateway.stagegate.events;

import org.integrationgateway.shared.AuditedChange;

/** A gate review was scheduled. */
public record GateReviewScheduled(ReviewSnapshot review) implements AuditedChange {

    @Override
    public String entityType() {
        return "gate-review";
    }

    @Override
    public String entityId() {
        return String.valueOf(review.reviewId());
    }

    @Override
    public String action() {
        return "scheduled";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return review;
    }
}

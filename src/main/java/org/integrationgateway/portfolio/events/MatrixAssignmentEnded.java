package org.integrationgateway.portfolio.events;

import org.integrationgateway.shared.AuditedChange;

/** A matrix assignment was ended and removed from the project's matrix. */
public record MatrixAssignmentEnded(AssignmentSnapshot assignment) implements AuditedChange {

    @Override
    public String entityType() {
        return "matrix-assignment";
    }

    @Override
    public String entityId() {
        return String.valueOf(assignment.id());
    }

    @Override
    public String action() {
        return "ended";
    }

    @Override
    public Object before() {
        return assignment;
    }

    @Override
    public Object after() {
        return null;
    }
}

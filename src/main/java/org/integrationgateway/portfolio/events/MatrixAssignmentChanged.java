package org.integrationgateway.portfolio.events;

import org.integrationgateway.shared.AuditedChange;

/** A matrix assignment's role, allocation or period was changed. */
public record MatrixAssignmentChanged(AssignmentSnapshot previous, AssignmentSnapshot assignment) implements AuditedChange {

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
        return "changed";
    }

    @Override
    public Object before() {
        return previous;
    }

    @Override
    public Object after() {
        return assignment;
    }
}

package org.integrationgateway.portfolio.events;

import org.integrationgateway.shared.AuditedChange;

/** A person was assigned to a project in a project role. */
public record MatrixAssignmentAdded(AssignmentSnapshot assignment) implements AuditedChange {

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
        return "added";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return assignment;
    }
}

package org.integrationgateway.acceptance.events;

import org.integrationgateway.shared.AuditedChange;

/** The project team assigned an acceptance task to a customer contact. */
public record AcceptanceTaskAssigned(AcceptanceTaskSnapshot task, String assignedBy) implements AuditedChange {

    @Override
    public String entityType() {
        return "acceptance-task";
    }

    @Override
    public String entityId() {
        return String.valueOf(task.id());
    }

    @Override
    public String action() {
        return "assigned";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return task;
    }
}

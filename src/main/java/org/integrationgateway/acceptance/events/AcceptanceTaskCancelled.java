package org.integrationgateway.acceptance.events;

import org.integrationgateway.shared.AuditedChange;

/** The project team cancelled an open task, with a reason. */
public record AcceptanceTaskCancelled(AcceptanceTaskSnapshot before, AcceptanceTaskSnapshot task, String reason,
                                      String cancelledBy) implements AuditedChange {

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
        return "cancelled";
    }

    @Override
    public AcceptanceTaskSnapshot before() {
        return before;
    }

    @Override
    public Object after() {
        return task;
    }
}

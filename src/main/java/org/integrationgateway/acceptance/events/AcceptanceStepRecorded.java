package org.integrationgateway.acceptance.events;

import org.integrationgateway.shared.AuditedChange;

/** The customer recorded (or re-recorded) the result of step {@code step} (from 1) of an open task. */
public record AcceptanceStepRecorded(AcceptanceTaskSnapshot before, AcceptanceTaskSnapshot task, int step,
                                     String result, String recordedBy) implements AuditedChange {

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
        return "step-recorded";
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

package org.integrationgateway.stagegate.events;

import org.integrationgateway.shared.AuditedChange;

/** The status or link of a project's deliverable changed (also when a RECYCLE reopened it). */
public record DeliverableUpdated(DeliverableSnapshot before, DeliverableSnapshot after) implements AuditedChange {

    @Override
    public String entityType() {
        return "project-deliverable";
    }

    @Override
    public String entityId() {
        return after.projectId() + ":" + after.stageIndex() + ":" + after.deliverableIndex();
    }

    @Override
    public String action() {
        return "updated";
    }
}

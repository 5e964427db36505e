package org.integrationgateway.changecontrol.events;

import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/** A project's change control board (members, decision rule, response targets) was set or changed. */
public record ChangeBoardChanged(long projectId, Setup previous, Setup setup, String changedBy)
        implements AuditedChange {

    /** Targets read like "4 HOURS" or "5 WORKING_DAYS". */
    public record Setup(List<Long> memberIds, String rule, int quorum, Long approverId, String standardTarget,
                        String normalTarget, String emergencyTarget) {
    }

    @Override
    public String entityType() {
        return "change-board";
    }

    @Override
    public String entityId() {
        return String.valueOf(projectId);
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
        return setup;
    }
}

package org.integrationgateway.changecontrol.events;

import java.time.Instant;
import org.integrationgateway.shared.AuditedChange;

/** A board member voted on a change request (a later vote in the same round replaces the earlier one). */
public record ChangeRequestVoted(long changeRequestId, long projectId, int round, long personId, String personName,
                                 String choice, Integer deferToStage, String comment, Instant castAt)
        implements AuditedChange {

    @Override
    public String entityType() {
        return "change-request";
    }

    @Override
    public String entityId() {
        return String.valueOf(changeRequestId);
    }

    @Override
    public String action() {
        return "voted";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return this;
    }
}

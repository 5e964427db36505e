package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** A decision was taken in a meeting: {@code subjectKind} CHANGE_REQUEST or GATE_REVIEW with its id, and the outcome by name. */
public record MeetingDecisionRecorded(long meetingId, long projectId, String subjectKind, long subjectId, String outcome) implements AuditedChange {

    @Override
    public String entityType() {
        return "meeting";
    }

    @Override
    public String entityId() {
        return String.valueOf(meetingId);
    }

    @Override
    public String action() {
        return "decision-recorded";
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

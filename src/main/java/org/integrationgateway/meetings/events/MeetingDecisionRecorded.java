package org.integrationgateway.meetings.events;

/** A decision was taken in a meeting: {@code subjectKind} CHANGE_REQUEST or GATE_REVIEW with its id, and the outcome by name. */
public record MeetingDecisionRecorded(long meetingId, long projectId, String subjectKind, long subjectId, String outcome) implements MeetingChange {

    @Override
    public String action() {
        return "decision-recorded";
    }
}

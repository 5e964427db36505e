package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** A meeting's minutes were saved as {@code revision} (the text itself is read from the meeting, never carried here). */
public record MeetingMinutesUpdated(long meetingId, long projectId, int revision, String editedBy) implements AuditedChange {

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
        return "minutes-updated";
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

package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** An attendee was added or removed, or answered (response and mode by name; {@code removed} when taken off the meeting). */
public record MeetingAttendanceChanged(long meetingId, long projectId, long personId, String role, String response, String mode, boolean removed) implements AuditedChange {

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
        return "attendance-changed";
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

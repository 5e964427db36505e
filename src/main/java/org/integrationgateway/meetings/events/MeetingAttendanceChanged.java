package org.integrationgateway.meetings.events;

/** An attendee was added or removed, or answered (response and mode by name; {@code removed} when taken off the meeting). */
public record MeetingAttendanceChanged(long meetingId, long projectId, long personId, String role, String response, String mode, boolean removed) implements MeetingChange {

    @Override
    public String action() {
        return "attendance-changed";
    }
}

package org.integrationgateway.meetings.events;

/** A meeting's minutes were saved as {@code revision} (the text itself is read from the meeting, never carried here). */
public record MeetingMinutesUpdated(long meetingId, long projectId, int revision, String editedBy) implements MeetingChange {

    @Override
    public String action() {
        return "minutes-updated";
    }
}

package org.integrationgateway.meetings.events;

/** A meeting's agenda was built, refreshed or edited; {@code items} is how many it has now. */
public record MeetingAgendaChanged(long meetingId, long projectId, int items) implements MeetingChange {

    @Override
    public String action() {
        return "agenda-changed";
    }
}

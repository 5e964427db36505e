package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** A meeting's agenda was built, refreshed or edited; {@code items} is how many it has now. */
public record MeetingAgendaChanged(long meetingId, long projectId, int items) implements AuditedChange {

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
        return "agenda-changed";
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

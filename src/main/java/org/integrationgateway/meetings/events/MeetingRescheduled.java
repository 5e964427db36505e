package org.integrationgateway.meetings.events;

import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/** A meeting's time, place, link or title changed; {@code attendeeIds} are everyone still invited. */
public record MeetingRescheduled(MeetingSnapshot meeting, List<Long> attendeeIds) implements AuditedChange {

    @Override
    public String entityType() {
        return "meeting";
    }

    @Override
    public String entityId() {
        return String.valueOf(meeting.id());
    }

    @Override
    public String action() {
        return "rescheduled";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return meeting;
    }
}

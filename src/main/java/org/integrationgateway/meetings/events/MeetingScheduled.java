package org.integrationgateway.meetings.events;

import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/** A meeting was scheduled; {@code attendeeIds} are everyone invited (the organiser too). */
public record MeetingScheduled(MeetingSnapshot meeting, List<Long> attendeeIds) implements AuditedChange {

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
        return "scheduled";
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

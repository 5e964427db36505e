package org.integrationgateway.meetings.events;

import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/** A meeting was cancelled; {@code attendeeIds} are everyone who was invited. */
public record MeetingCancelled(MeetingSnapshot meeting, List<Long> attendeeIds) implements AuditedChange {

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
        return "cancelled";
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

package org.integrationgateway.meetings.events;

import java.util.List;

/** A meeting was cancelled; {@code attendeeIds} are everyone who was invited. */
public record MeetingCancelled(MeetingSnapshot meeting, List<Long> attendeeIds) implements MeetingChange {

    @Override
    public long meetingId() {
        return meeting.id();
    }

    @Override
    public String action() {
        return "cancelled";
    }

    @Override
    public Object after() {
        return meeting;
    }
}

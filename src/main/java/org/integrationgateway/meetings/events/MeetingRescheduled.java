package org.integrationgateway.meetings.events;

import java.util.List;

/** A meeting's time, place, link or title changed; {@code attendeeIds} are everyone still invited. */
public record MeetingRescheduled(MeetingSnapshot meeting, List<Long> attendeeIds) implements MeetingChange {

    @Override
    public long meetingId() {
        return meeting.id();
    }

    @Override
    public String action() {
        return "rescheduled";
    }

    @Override
    public Object after() {
        return meeting;
    }
}

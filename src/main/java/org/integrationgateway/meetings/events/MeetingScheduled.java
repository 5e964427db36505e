package org.integrationgateway.meetings.events;

import java.util.List;

/** A meeting was scheduled; {@code attendeeIds} are everyone invited (the organiser too). */
public record MeetingScheduled(MeetingSnapshot meeting, List<Long> attendeeIds) implements MeetingChange {

    @Override
    public long meetingId() {
        return meeting.id();
    }

    @Override
    public String action() {
        return "scheduled";
    }

    @Override
    public Object after() {
        return meeting;
    }
}

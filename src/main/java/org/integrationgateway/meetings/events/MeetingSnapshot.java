package org.integrationgateway.meetings.events;

import java.time.Instant;

/**
 * A meeting as its events carry it (enums by name): no minutes, agenda or attendees' answers. {@code sequence} is the
 * iCalendar SEQUENCE, raised by every reschedule and the cancellation.
 */
public record MeetingSnapshot(long id, long projectId, String kind, String title, Instant startsAt,
                              int durationMinutes, String timeZone, String place, String virtualLink, String state,
                              int sequence, String organiserName) {
}

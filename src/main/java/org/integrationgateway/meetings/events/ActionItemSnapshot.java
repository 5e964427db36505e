package org.integrationgateway.meetings.events;

import java.time.LocalDate;

/** An action item as its events carry it (state by name). */
public record ActionItemSnapshot(long id, long meetingId, long projectId, String title, long ownerId, LocalDate dueOn,
                                 String state) {
}

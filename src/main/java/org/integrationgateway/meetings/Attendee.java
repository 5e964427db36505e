package org.integrationgateway.meetings;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One person invited to a meeting: why, how they take part, and their answer. */
@Table("meeting_attendee")
public record Attendee(long personId, AttendeeRole role, AttendanceMode mode, AttendanceResponse response,
                       Instant respondedAt) {
}

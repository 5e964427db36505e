package org.integrationgateway.meetings;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting as the organiser enters it: its kind (not changeable later), title, local start in {@code timeZone}
 * (an IANA zone id such as Europe/London), duration in minutes (5 to 720), a place, a virtual link (http or https),
 * or both; for a GATE_REVIEW the project's open gate review is taken automatically. {@code guestIds} are extra
 * people (staff) invited beside those the {@link AttendancePolicy} invites.
 */
public record MeetingDraft(MeetingKind kind, String title, LocalDateTime start, String timeZone, Integer durationMinutes,
                           String place, String virtualLink, List<Long> guestIds) {
}

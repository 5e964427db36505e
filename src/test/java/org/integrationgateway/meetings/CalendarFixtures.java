package org.integrationgateway.meetings;

import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.springframework.stereotype.Component;

/**
 * Meetings for the calendar tests, scheduled through {@link Meetings} as the team's manager (Sofia): by default a
 * status meeting in America/New_York at 09:30 on 15 January next year (14:30 UTC, standard time), an hour long, in
 * "Room 4" and at a video link.
 */
@Component
public class CalendarFixtures {

    public static final String ZONE = "America/New_York";

    private final Meetings meetings;

    CalendarFixtures(Meetings meetings) {
        this.meetings = meetings;
    }

    public Meetings meetings() {
        return meetings;
    }

    /** 09:30 on 15 January next year, local time of the meeting. */
    public static LocalDateTime nextJanuary() {
        return LocalDateTime.of(Year.now().getValue() + 1, 1, 15, 9, 30);
    }

    public Meeting schedule(Team team, String title) {
        return schedule(team, title, nextJanuary());
    }

    public Meeting schedule(Team team, String title, LocalDateTime start) {
        return as(team.manager(), () -> meetings.schedule(team.id(), new MeetingDraft(MeetingKind.STATUS, title, start,
                ZONE, 60, "Room 4", "https://meet.example.test/kestrel", List.of())));
    }

    public Meeting cancel(Team team, Meeting meeting) {
        return as(team.manager(), () -> meetings.cancel(meeting.getId(), meeting.getVersion()));
    }

    public Meeting reschedule(Team team, Meeting meeting, LocalDateTime start) {
        return as(team.manager(), () -> meetings.reschedule(meeting.getId(), meeting.getVersion(),
                new MeetingDraft(null, meeting.getTitle(), start, ZONE, 90, "Room 5", meeting.getVirtualLink(),
                        List.of())));
    }
}

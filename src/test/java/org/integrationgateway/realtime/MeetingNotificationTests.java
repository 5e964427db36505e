package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.meetings.Meeting;
import org.integrationgateway.meetings.MeetingDraft;
import org.integrationgateway.meetings.MeetingKind;
import org.integrationgateway.meetings.Meetings;
import org.integrationgateway.meetings.StatusReportFixtures;
import org.integrationgateway.meetings.events.ActionItemAssigned;
import org.integrationgateway.meetings.events.ActionItemSnapshot;
import org.integrationgateway.meetings.events.MeetingMinutesUpdated;
import org.integrationgateway.meetings.events.MeetingScheduled;
import org.integrationgateway.meetings.events.MeetingSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Meetings in the inbox and on the stream: a meeting scheduled notifies every attendee but the organiser (ASSIGNED,
 * with the meeting's time in its zone and a link to it), rescheduled and cancelled notify the attendees, an action item
 * notifies its owner unless they took it themselves; meeting events go to the project's and the meeting's topics as
 * notices without title, place, link or minutes.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class MeetingNotificationTests {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired StatusReportFixtures fixtures;
    @Autowired Meetings meetings;
    @Autowired StreamCatalog catalog;
    @Autowired JdbcTemplate jdbc;
    Team team;

    @BeforeEach
    void setUp() {
        team = fixtures.office().team();
    }

    Meeting schedule() {
        return ChangeControlFixtures.as(team.manager(), () -> meetings.schedule(team.id(), new MeetingDraft(
                MeetingKind.STATUS, "Weekly status", LocalDateTime.of(2026, 12, 3, 10, 0), "Europe/London", 60,
                "Room 4", "https://meet.example.com/k7", List.of())));
    }

    List<Map<String, Object>> notifications(Member member, String source) {
        return jdbc.queryForList("select kind, title, link, trigger_id from notification where person_id = ? and source = ?"
                + " order by id", member.person(), source);
    }

    @Test
    void aScheduledMeetingNotifiesEveryAttendeeButTheOrganiserAndChangesNotifyThemAgain() {
        Meeting meeting = schedule();
        String source = "meeting:" + meeting.getId();
        await().atMost(WAIT).until(() -> notifications(team.seller(), source).size() == 1);
        Map<String, Object> invited = notifications(team.seller(), source).get(0);
        assertThat(invited.get("kind")).isEqualTo("ASSIGNED");
        assertThat(invited.get("link")).isEqualTo("/meetings/" + meeting.getId());
        assertThat((String) invited.get("title")).contains(" invited you to Status meeting")
                .contains("Weekly status").contains(team.code()).contains("Thu 3 Dec 2026 10:00 Europe/London");
        assertThat(notifications(team.marketer(), source)).hasSize(1);
        assertThat(notifications(team.engineer(), source)).hasSize(1);
        assertThat(notifications(team.manager(), source)).isEmpty();
        assertThat(notifications(team.outsider(), source)).isEmpty();

        Meeting moved = ChangeControlFixtures.as(team.manager(), () -> meetings.reschedule(meeting.getId(),
                meeting.getVersion(), new MeetingDraft(null, "Weekly status", LocalDateTime.of(2026, 12, 4, 9, 0),
                        "Europe/London", 60, "Room 4", null, List.of())));
        await().atMost(WAIT).until(() -> notifications(team.seller(), source).size() == 2);
        assertThat((String) notifications(team.seller(), source).get(1).get("title"))
                .contains("was moved to Fri 4 Dec 2026 09:00 Europe/London");
        ChangeControlFixtures.as(team.manager(), () -> meetings.cancel(meeting.getId(), moved.getVersion()));
        await().atMost(WAIT).until(() -> notifications(team.seller(), source).size() == 3);
        assertThat((String) notifications(team.seller(), source).get(2).get("title")).endsWith("was cancelled");
        assertThat(notifications(team.manager(), source)).isEmpty();
    }

    @Test
    void anActionItemNotifiesItsOwnerUnlessTheyTookItThemselves() {
        Meeting meeting = schedule();
        var item = ChangeControlFixtures.as(team.manager(), () -> meetings.addActionItem(meeting.getId(),
                "Book the rig", team.seller().person(), LocalDate.of(2099, 1, 15)));
        String source = "action-item:" + item.getId();
        await().atMost(WAIT).until(() -> notifications(team.seller(), source).size() == 1);
        Map<String, Object> assigned = notifications(team.seller(), source).get(0);
        assertThat(assigned.get("kind")).isEqualTo("ASSIGNED");
        assertThat(assigned.get("link")).isEqualTo("/meetings/" + meeting.getId());
        assertThat((String) assigned.get("title")).contains("Book the rig").contains("2099-01-15");

        var own = ChangeControlFixtures.as(team.engineer(), () -> meetings.addActionItem(meeting.getId(),
                "Check the drive", team.engineer().person(), LocalDate.of(2099, 1, 15)));
        assertThat(notifications(team.engineer(), "action-item:" + own.getId())).isEmpty();
    }

    @Test
    void meetingEventsGoToTheProjectAndTheMeetingAsNoticesWithoutContent() {
        MeetingSnapshot snapshot = new MeetingSnapshot(9001, 77, "STATUS", "Secret title", Instant.now(), 60,
                "Europe/London", "Room 4", "https://meet.example.com/secret", "SCHEDULED", 0, "Sofia Marin");
        StreamAppend scheduled = catalog.describe(new MeetingScheduled(snapshot, List.of(1L, 2L))).orElseThrow();
        assertThat(scheduled.type()).isEqualTo("meeting.scheduled");
        assertThat(scheduled.topics()).containsExactlyInAnyOrder("project:77", "meeting:9001");
        assertThat(scheduled.projectId()).isEqualTo(77L);
        assertThat(scheduled.payload()).isInstanceOf(StreamCatalog.MeetingNotice.class);
        assertThat(scheduled.payload().toString()).doesNotContain("Secret").doesNotContain("Room 4")
                .doesNotContain("meet.example.com");

        StreamAppend minutes = catalog.describe(new MeetingMinutesUpdated(9001, 77, 3, "Marco Ricci")).orElseThrow();
        assertThat(minutes.type()).isEqualTo("meeting.minutes-updated");
        assertThat(minutes.topics()).containsExactlyInAnyOrder("project:77", "meeting:9001");
        assertThat(minutes.payload()).isEqualTo(new MeetingMinutesUpdated(9001, 77, 3, "Marco Ricci"));

        StreamAppend action = catalog.describe(new ActionItemAssigned(new ActionItemSnapshot(9002, 9001, 77,
                "Secret action", 5, LocalDate.of(2099, 1, 1), "OPEN"))).orElseThrow();
        assertThat(action.type()).isEqualTo("action-item.assigned");
        assertThat(action.topics()).containsExactlyInAnyOrder("project:77", "meeting:9001");
        assertThat(action.payload().toString()).doesNotContain("Secret");
    }
}

package org.integrationgateway.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.meetings.ActionItem;
import org.integrationgateway.meetings.Meeting;
import org.integrationgateway.meetings.MeetingDraft;
import org.integrationgateway.meetings.MeetingKind;
import org.integrationgateway.meetings.Meetings;
import org.integrationgateway.meetings.StatusReportFixtures;
import org.integrationgateway.meetings.StatusReportFixtures.Office;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A project team of {@link ChangeControlFixtures} (Sofia the manager, Lena the engineer, Priya and Marco the
 * liaisons, Olga outside) with an administrator, a PMO and a customer contact, and meetings scheduled by Sofia.
 */
abstract class MeetingWebTestSupport extends JsonApiRequests {

    @Autowired StatusReportFixtures fixtures;
    @Autowired Meetings meetings;
    Office office;
    Team team;

    @BeforeEach
    void setUpOffice() {
        office = fixtures.office();
        team = office.team();
    }

    long project() {
        return office.project();
    }

    static MeetingDraft draft(MeetingKind kind, String title) {
        return new MeetingDraft(kind, title, LocalDate.now().plusDays(3).atTime(10, 0), "Europe/London", 60, "Room 4",
                "https://meet.example.com/k7", List.of());
    }

    Meeting scheduled(MeetingKind kind) {
        return ChangeControlFixtures.as(team.manager(), () -> meetings.schedule(project(), draft(kind, "Weekly status")));
    }

    Meeting reread(long id) {
        return ChangeControlFixtures.as(team.manager(), () -> meetings.meeting(id));
    }

    ActionItem actionItem(Meeting meeting, Member owner) {
        return ChangeControlFixtures.as(team.manager(), () -> meetings.addActionItem(meeting.getId(), "Book the rig",
                owner.person(), LocalDate.now().plusDays(7)));
    }

    int meetingsOfProject() {
        return jdbc.queryForObject("select count(*) from meeting where project_id = ?", Integer.class, project());
    }

    static LocalDateTime tomorrowAtTen() {
        return LocalDate.now().plusDays(1).atTime(10, 0);
    }
}

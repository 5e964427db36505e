package org.integrationgateway.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.meetings.ActionItem;
import org.integrationgateway.meetings.AttendanceResponse;
import org.integrationgateway.meetings.Meeting;
import org.integrationgateway.meetings.MeetingFixtures;
import org.integrationgateway.meetings.MeetingKind;
import org.integrationgateway.meetings.MeetingState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Meeting pages: the manager schedules from the project's meetings page and lands on the meeting (in its zone and in
 * UTC, attendees with the liaisons); the liaison answers, writes minutes (safe Markdown; a stale save keeps their text
 * and says so; htmx saves answer the fragment), and finds the meeting and their action items on "My meetings";
 * the agenda is edited; invalid input is shown beside the field and writes nothing; other staff 403, customers 404,
 * anonymous to the sign-in page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class MeetingWebControllerTests extends MeetingWebTestSupport {

    @Autowired MeetingFixtures meetingFixtures;
    @Autowired org.integrationgateway.organisation.PersonDirectory people;

    String page() {
        return "/projects/" + project() + "/meetings";
    }

    MockHttpServletRequestBuilder scheduleForm(String title, String start, String place, String link) {
        return post(page()).param("kind", "STATUS").param("title", title).param("start", start)
                .param("timeZone", "America/New_York").param("durationMinutes", "45").param("place", place)
                .param("virtualLink", link);
    }

    @Test
    void theManagerSchedulesAndTheLiaisonAnswersWritesMinutesAndFindsItOnMyMeetings() throws Exception {
        mvc.perform(get("/projects/" + project()).with(as(team.manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/projects/" + project() + "/meetings\"")));
        mvc.perform(get(page()).with(as(team.manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"meeting-schedule-form\"")))
                .andExpect(content().string(containsString("type=\"datetime-local\"")))
                .andExpect(content().string(containsString("No meetings yet.")));
        mvc.perform(scheduleForm("Weekly status", "2026-12-03T09:30", "", "https://meet.example.com/k7")
                        .with(as(team.manager())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/meetings/*"))
                .andExpect(flash().attributeExists("flash"));
        long id = jdbc.queryForObject("select id from meeting where project_id = ?", Long.class, project());

        mvc.perform(get(page()).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"meeting-row\"")))
                .andExpect(content().string(not(containsString("data-testid=\"meeting-schedule-form\""))));
        mvc.perform(get("/meetings/" + id).with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-live-topics=\"meeting:" + id + "\"")))
                .andExpect(content().string(containsString("Thu 3 Dec 2026, 09:30–10:15 America/New_York")))
                .andExpect(content().string(containsString("Thu 3 Dec 2026, 14:30–15:15 UTC")))
                .andExpect(content().string(containsString("Marco Ricci")))
                .andExpect(content().string(containsString("Priya Natarajan")))
                .andExpect(content().string(containsString(">Liaison<")))
                .andExpect(content().string(containsString("data-testid=\"meeting-respond-form\"")))
                .andExpect(content().string(containsString("id=\"minutes-text\"")))
                .andExpect(content().string(containsString("id=\"minutes-save\"")))
                .andExpect(content().string(containsString("/js/minutes.js")))
                .andExpect(content().string(containsString("id=\"meeting-changed\"")))
                .andExpect(content().string(containsString("/meetings/" + id + ".ics")))
                .andExpect(content().string(not(containsString("data-testid=\"meeting-reschedule-form\""))))
                .andExpect(content().string(not(containsString("data-testid=\"meeting-invite-form\""))));

        mvc.perform(post("/meetings/" + id + "/response").param("response", "ACCEPTED").param("mode", "VIRTUAL")
                .with(as(team.seller()))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(reread(id).attendee(team.seller().person()).orElseThrow().response())
                .isEqualTo(AttendanceResponse.ACCEPTED);

        mvc.perform(post("/meetings/" + id + "/minutes").param("baseRevision", "0")
                        .param("minutes", "Frame <script>alert(1)</script> **welded**").with(as(team.seller())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings/" + id + "#minutes"));
        mvc.perform(get("/meetings/" + id + "/minutes").with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>welded</strong>")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("data-revision=\"1\"")))
                .andExpect(content().string(containsString("Revision 1, saved by")));
        // A second writer who started from revision 0: refused, their text kept, the current minutes shown.
        mvc.perform(post("/meetings/" + id + "/minutes").param("baseRevision", "0").param("minutes", "My own notes")
                        .with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved the minutes meanwhile")))
                .andExpect(content().string(containsString(">My own notes</textarea>")))
                .andExpect(content().string(containsString("<strong>welded</strong>")));
        assertThat(reread(id).getMinutesRevision()).isEqualTo(1);
        // With htmx the answer is the minutes fragment, saved on top of revision 1.
        mvc.perform(post("/meetings/" + id + "/minutes").header("HX-Request", "true").param("baseRevision", "1")
                        .param("minutes", "Frame _welded_; drive late").with(as(team.engineer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"minutes-saved\"")))
                .andExpect(content().string(containsString("data-revision=\"2\"")))
                .andExpect(content().string(containsString("name=\"baseRevision\" value=\"2\"")))
                .andExpect(content().string(not(containsString("<html"))));

        mvc.perform(post("/meetings/" + id + "/action-items").param("title", "Book the rig")
                        .param("ownerId", String.valueOf(team.seller().person()))
                        .param("dueOn", LocalDate.now().plusDays(5).toString()).with(as(team.manager())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings").with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-meeting=\"" + id + "\"")))
                .andExpect(content().string(containsString("Book the rig")))
                .andExpect(content().string(containsString("data-testid=\"calendar-feed\"")))
                .andExpect(content().string(containsString("data-testid=\"nav-meetings\"")));
        ActionItem item = ChangeControlFixtures.as(team.seller(), () -> meetings.myOpenActionItems().get(0));
        mvc.perform(post("/action-items/" + item.getId() + "/done").param("version", String.valueOf(item.getVersion()))
                .param("back", "mine").with(as(team.seller())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings"));
        mvc.perform(get("/meetings").with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no open action items.")));
    }


    @Test
    void invalidInputIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
        mvc.perform(scheduleForm(" ", "2026-12-03T09:30", "Room 4", "").with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"title-error\"")));
        mvc.perform(scheduleForm("Status", "tomorrow", "Room 4", "").with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"start-error\"")));
        mvc.perform(scheduleForm("Status", "2026-12-03T09:30", "", "").with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"place-error\"")));
        mvc.perform(scheduleForm("Status", "2026-12-03T09:30", "", "ftp://files").with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"virtualLink-error\"")));
        mvc.perform(post(page()).param("kind", "STATUS").param("title", "Status").param("start", "2026-12-03T09:30")
                        .param("timeZone", "Europe/London").param("durationMinutes", "2").param("place", "Room 4")
                        .with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"durationMinutes-error\"")));
        assertThat(meetingsOfProject()).isZero();

        Meeting meeting = scheduled(MeetingKind.STATUS);
        long id = meeting.getId();
        mvc.perform(post("/meetings/" + id + "/action-items").param("title", "Book the rig").param("ownerId", "")
                        .param("dueOn", LocalDate.now().plusDays(5).toString()).with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"ownerId-error\"")));
        mvc.perform(post("/meetings/" + id + "/action-items").param("title", "Book the rig")
                        .param("ownerId", String.valueOf(team.engineer().person()))
                        .param("dueOn", LocalDate.now().minusDays(1).toString()).with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"dueOn-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from action_item where meeting_id = ?", Integer.class, id))
                .isZero();
        mvc.perform(post("/meetings/" + id + "/reschedule").param("title", "Moved").param("start", "2026-12-04T10:00")
                        .param("timeZone", "Mars/Olympus").param("durationMinutes", "60").param("place", "Room 4")
                        .param("version", String.valueOf(meeting.getVersion())).with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"timeZone-error\"")));
        // A stale version is refused above the page; nothing changes.
        mvc.perform(post("/meetings/" + id + "/cancel").param("version", String.valueOf(meeting.getVersion() - 1))
                        .with(as(team.manager())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
        Meeting after = reread(id);
        assertThat(after.getTitle()).isEqualTo("Weekly status");
        assertThat(after.getState()).isEqualTo(MeetingState.SCHEDULED);
    }

    @Test
    void theManagerReschedulesEditsTheAgendaInvitesAndCancels() throws Exception {
        Meeting meeting = scheduled(MeetingKind.STATUS);
        long id = meeting.getId();
        mvc.perform(get("/meetings/" + id).with(as(team.manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"meeting-reschedule-form\"")))
                .andExpect(content().string(containsString("data-testid=\"meeting-invite-form\"")))
                .andExpect(content().string(containsString("data-testid=\"refresh-agenda\"")));
        // However many people the directory holds, the search finds the one to invite.
        String outsiderEmail = people.find(team.outsider().person()).orElseThrow().email();
        mvc.perform(get("/meetings/" + id).param("invite", outsiderEmail).with(as(team.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + team.outsider().person() + "\"")))
                .andExpect(content().string(containsString("Olga Outside")));
        mvc.perform(post("/meetings/" + id + "/reschedule").param("title", "Status, moved")
                        .param("start", "2026-12-04T11:00").param("timeZone", "Europe/London")
                        .param("durationMinutes", "30").param("place", "Room 5")
                        .param("version", String.valueOf(meeting.getVersion())).with(as(team.manager())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
        meeting = reread(id);
        assertThat(meeting.getTitle()).isEqualTo("Status, moved");
        assertThat(meeting.getIcalSequence()).isEqualTo(1);

        int items = meeting.getAgenda().size();
        mvc.perform(post("/meetings/" + id + "/agenda/items").param("title", "Any other business")
                        .param("version", String.valueOf(meeting.getVersion())).with(as(team.manager())))
                .andExpect(status().is3xxRedirection());
        meeting = reread(id);
        assertThat(meeting.getAgenda()).hasSize(items + 1);
        assertThat(meeting.getAgenda().get(items).title()).isEqualTo("Any other business");
        mvc.perform(post("/meetings/" + id + "/agenda/items").param("title", "Second")
                .param("version", String.valueOf(meeting.getVersion())).with(as(team.manager())));
        meeting = reread(id);
        mvc.perform(post("/meetings/" + id + "/agenda/items/" + (items + 1) + "/move").param("to", "up")
                .param("version", String.valueOf(meeting.getVersion())).with(as(team.manager())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
        meeting = reread(id);
        assertThat(meeting.getAgenda().get(items).title()).isEqualTo("Second");
        mvc.perform(post("/meetings/" + id + "/agenda/items/" + items + "/remove")
                .param("version", String.valueOf(meeting.getVersion())).with(as(team.manager())))
                .andExpect(status().is3xxRedirection());
        meeting = reread(id);
        assertThat(meeting.getAgenda()).hasSize(items + 1);
        assertThat(meeting.getAgenda().get(items).title()).isEqualTo("Any other business");
        mvc.perform(post("/meetings/" + id + "/agenda/refresh").param("version", String.valueOf(meeting.getVersion()))
                .with(as(team.manager()))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));

        mvc.perform(post("/meetings/" + id + "/attendees").param("personId", String.valueOf(team.outsider().person()))
                .with(as(team.manager()))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(reread(id).isInvited(team.outsider().person())).isTrue();
        mvc.perform(get("/meetings/" + id).with(as(team.outsider()))).andExpect(status().isOk());
        mvc.perform(post("/meetings/" + id + "/attendees/" + team.outsider().person() + "/remove")
                .with(as(team.manager()))).andExpect(status().is3xxRedirection());
        assertThat(reread(id).isInvited(team.outsider().person())).isFalse();

        meeting = reread(id);
        mvc.perform(post("/meetings/" + id + "/cancel").param("version", String.valueOf(meeting.getVersion()))
                .with(as(team.manager()))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get("/meetings/" + id).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"meeting-cancelled\"")))
                .andExpect(content().string(not(containsString("id=\"minutes-text\""))));
    }

    @Test
    void aGateReviewMeetingDecidesTheGateFromThePage() throws Exception {
        var started = meetingFixtures.office();
        var gateTeam = started.team();
        var review = meetingFixtures.gateReview(started);
        Meeting meeting = ChangeControlFixtures.as(gateTeam.manager(),
                () -> meetings.schedule(started.project(), draft(MeetingKind.GATE_REVIEW, "Gate 1")));
        long id = meeting.getId();
        mvc.perform(get("/meetings/" + id).with(as(gateTeam.manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"gate-decision-form\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + review.getVersion() + "\"")));
        mvc.perform(get("/meetings/" + id).with(as(gateTeam.seller()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"gate-decision-form\""))));
        mvc.perform(post("/meetings/" + id + "/gate-decision").param("decision", "").param("rationale", "Budget")
                        .param("version", String.valueOf(review.getVersion())).with(as(gateTeam.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"decision-error\"")));
        assertThat(reread(id, gateTeam).getDecisions()).isEmpty();
        mvc.perform(post("/meetings/" + id + "/gate-decision").param("decision", "HOLD")
                        .param("rationale", "Wait for the budget").param("version", String.valueOf(review.getVersion()))
                        .with(as(gateTeam.manager())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings/" + id + "#decisions"));
        mvc.perform(get("/meetings/" + id).with(as(gateTeam.seller()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gate review " + review.getId())))
                .andExpect(content().string(containsString(">HOLD<")));
    }

    Meeting reread(long id, Team other) {
        return ChangeControlFixtures.as(other.manager(), () -> meetings.meeting(id));
    }

    @Test
    void aLiaisonMayNotManageOtherStaffAre403CustomersAre404AnonymousSignsIn() throws Exception {
        Meeting meeting = scheduled(MeetingKind.STATUS);
        long id = meeting.getId();
        mvc.perform(post("/meetings/" + id + "/cancel").param("version", String.valueOf(meeting.getVersion()))
                .with(as(team.seller()))).andExpect(status().isForbidden());
        mvc.perform(scheduleForm("Mine", "2026-12-03T09:30", "Room 4", "").with(as(team.seller())))
                .andExpect(status().isForbidden());
        mvc.perform(get(page()).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + id).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + id + "/minutes").with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + id + "/minutes").param("baseRevision", "0").param("minutes", "x")
                .with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get(page()).with(as(office.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + id).with(as(office.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings").with(as(office.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + id)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/meetings/" + id + "/minutes").param("baseRevision", "0").param("minutes", "x")
                .with(SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().is3xxRedirection());
        assertThat(reread(id).getMinutesRevision()).isZero();
        assertThat(reread(id).getState()).isEqualTo(MeetingState.SCHEDULED);
        mvc.perform(get("/meetings/" + id).with(as(office.pmo()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"meeting-reschedule-form\"")));
    }
}

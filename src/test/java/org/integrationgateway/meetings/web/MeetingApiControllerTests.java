package org.integrationgateway.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.DecisionForum;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.meetings.ActionItem;
import org.integrationgateway.meetings.Meeting;
import org.integrationgateway.meetings.MeetingKind;
import org.integrationgateway.meetings.MeetingState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The meetings API over HTTP: schedule, read, reschedule, cancel, attendees, answers, agenda, minutes, decisions
 * (a change request decided in a change board meeting through change control, with the meeting as its forum),
 * action items and the signed-in person's lists; each refusal as problem details with nothing written (400 bad
 * input, 409 stale, 422 rules); every endpoint refused to other staff (403), customers (404) and anonymous (401).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class MeetingApiControllerTests extends MeetingWebTestSupport {

    @Autowired ChangeControlFixtures changeFixtures;
    @Autowired ChangeControl changeControl;

    static String scheduleBody(String kind, String title) {
        return """
                {"kind":"%s","title":"%s","start":"2026-12-03T09:30","timeZone":"America/New_York",
                 "durationMinutes":45,"virtualLink":"https://meet.example.com/k7"}""".formatted(kind, title);
    }

    String meetingsOf(long projectId) {
        return "/api/projects/" + projectId + "/meetings";
    }

    @Test
    void theManagerSchedulesAndTheTeamReadsAnswersAndWrites() throws Exception {
        String json = send(post(meetingsOf(project())), scheduleBody("STATUS", "Weekly status"), team.manager())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/meetings/")))
                .andExpect(jsonPath("$.meeting.startsAt").value("2026-12-03T14:30:00Z"))
                .andExpect(jsonPath("$.meeting.localStart").value("2026-12-03T09:30:00"))
                .andExpect(jsonPath("$.meeting.timeZone").value("America/New_York"))
                .andExpect(jsonPath("$.attendees[*].personId").value(hasItem((int) team.seller().person())))
                .andExpect(jsonPath("$.attendees[*].personId").value(hasItem((int) team.marketer().person())))
                .andExpect(jsonPath("$.abilities.manage").value(true))
                .andExpect(jsonPath("$.minutes.revision").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.meeting.id")).longValue();
        long version = ((Number) JsonPath.read(json, "$.meeting.version")).longValue();

        mvc.perform(get(meetingsOf(project())).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get("/api/meetings/" + id).with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.abilities.manage").value(false))
                .andExpect(jsonPath("$.abilities.respond").value(true))
                .andExpect(jsonPath("$.abilities.writeMinutes").value(true));
        send(put("/api/meetings/" + id + "/response"), "{\"response\":\"TENTATIVE\"}", team.seller())
                .andExpect(status().isOk());
        mvc.perform(get("/api/me/meetings").with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));

        send(put("/api/meetings/" + id + "/minutes"), "{\"baseRevision\":0,\"text\":\"Frame *welded*\"}",
                team.seller()).andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));
        send(put("/api/meetings/" + id + "/minutes"), "{\"baseRevision\":0,\"text\":\"Mine\"}", team.engineer())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("minutes-changed"));
        mvc.perform(get("/api/meetings/" + id + "/minutes").with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Frame *welded*")).andExpect(jsonPath("$.revision").value(1));

        // The agenda: read, edited (one item added), refreshed.
        String agenda = mvc.perform(get("/api/meetings/" + id + "/agenda").with(as(team.manager())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long meetingVersion = ((Number) JsonPath.read(agenda, "$.version")).longValue();
        send(put("/api/meetings/" + id + "/agenda"), """
                {"version":%d,"items":[{"section":"OTHER","title":"Any other business","generated":false}]}"""
                .formatted(meetingVersion), team.manager())
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Any other business"));
        send(put("/api/meetings/" + id + "/agenda"), """
                {"version":%d,"items":[]}""".formatted(meetingVersion), team.manager())
                .andExpect(status().isConflict());
        long afterEdit = reread(id).getVersion();
        send(post("/api/meetings/" + id + "/agenda/refresh"), "{\"version\":%d}".formatted(afterEdit), team.manager())
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].title").value(hasItem("Any other business")));

        // Action items: to Marco, who finds and completes it.
        String itemJson = send(post("/api/meetings/" + id + "/action-items"), """
                {"title":"Book the rig","ownerId":%d,"dueOn":"%s"}""".formatted(team.seller().person(),
                LocalDate.now().plusDays(7)), team.engineer())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ownerName").value("Marco Ricci"))
                .andReturn().getResponse().getContentAsString();
        long itemId = ((Number) JsonPath.read(itemJson, "$.id")).longValue();
        mvc.perform(get("/api/meetings/" + id + "/action-items").with(as(team.manager()))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Book the rig"));
        mvc.perform(get("/api/me/action-items").with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(itemId));
        send(post("/api/action-items/" + itemId + "/done"), "{\"version\":0}", team.engineer())
                .andExpect(status().isForbidden());
        send(post("/api/action-items/" + itemId + "/done"), "{\"version\":0}", team.seller())
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DONE"));
        send(post("/api/action-items/" + itemId + "/done"), "{\"version\":1}", team.seller())
                .andExpect(status().isConflict());

        // Attendees, reschedule, cancel.
        send(post("/api/meetings/" + id + "/attendees"), "{\"personId\":%d}".formatted(team.outsider().person()),
                team.manager()).andExpect(status().isOk());
        mvc.perform(delete("/api/meetings/" + id + "/attendees/" + team.outsider().person()).with(as(team.manager())))
                .andExpect(status().isOk());
        long current = reread(id).getVersion();
        send(put("/api/meetings/" + id), """
                {"title":"Moved","start":"2026-12-04T08:00","timeZone":"Europe/London","durationMinutes":30,
                 "place":"Room 5","version":%d}""".formatted(current - 1), team.manager())
                .andExpect(status().isConflict());
        send(put("/api/meetings/" + id), """
                {"title":"Moved","start":"2026-12-04T08:00","timeZone":"Europe/London","durationMinutes":30,
                 "place":"Room 5","version":%d}""".formatted(current), team.manager())
                .andExpect(status().isOk()).andExpect(jsonPath("$.meeting.title").value("Moved"))
                .andExpect(jsonPath("$.icalSequence").value(2)); // raised by the removal, then by the move
        send(post("/api/meetings/" + id + "/cancel"), "{\"version\":%d}".formatted(reread(id).getVersion()),
                team.manager()).andExpect(status().isOk()).andExpect(jsonPath("$.meeting.state").value("CANCELLED"));
        assertThat(version).isNotNegative();
    }

    @Test
    void badInputIs400WithNothingWrittenAndRulesAre422() throws Exception {
        send(post(meetingsOf(project())), scheduleBody("STATUS", ""), team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        send(post(meetingsOf(project())), scheduleBody("WEEKLY", "Status"), team.manager())
                .andExpect(status().isBadRequest());
        send(post(meetingsOf(project())), """
                {"kind":"STATUS","title":"S","start":"2026-12-03T09:30","timeZone":"Mars/Olympus","durationMinutes":45,
                 "place":"Room 4"}""", team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        send(post(meetingsOf(project())), """
                {"kind":"STATUS","title":"S","start":"2026-12-03T09:30","timeZone":"Europe/London","durationMinutes":45}""",
                team.manager()).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("place"));
        send(post(meetingsOf(project())), scheduleBody("GATE_REVIEW", "Gate"), team.manager())
                .andExpect(status().isUnprocessableEntity());
        assertThat(meetingsOfProject()).isZero();

        Meeting meeting = scheduled(MeetingKind.STATUS);
        long id = meeting.getId();
        send(put("/api/meetings/" + id + "/minutes"), "{\"text\":\"x\"}", team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("baseRevision"));
        send(put("/api/meetings/" + id + "/response"), "{\"response\":\"PENDING\"}", team.seller())
                .andExpect(status().isBadRequest());
        send(post("/api/meetings/" + id + "/cancel"), "{}", team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(post("/api/meetings/" + id + "/action-items"), """
                {"title":"T","ownerId":%d,"dueOn":"2000-01-01"}""".formatted(team.engineer().person()), team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        send(post("/api/meetings/" + id + "/action-items"), "{\"title\":\"T\",\"dueOn\":\"2099-01-01\"}",
                team.manager()).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ownerId"));
        send(post("/api/meetings/" + id + "/gate-decision"), "{\"rationale\":\"r\",\"version\":0}", team.manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        send(post("/api/meetings/" + id + "/gate-decision"), "{\"decision\":\"GO\",\"rationale\":\"r\",\"version\":0}",
                team.manager()).andExpect(status().isUnprocessableEntity());
        send(post("/api/meetings/" + id + "/change-decisions"), "{\"outcome\":\"APPROVE\",\"expectedVersion\":0}",
                team.manager()).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("changeRequestId"));
        mvc.perform(delete("/api/meetings/" + id + "/attendees/" + team.manager().person()).with(as(team.manager())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/meetings/" + id + "/decidable-changes").with(as(team.manager())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        Meeting after = reread(id);
        assertThat(after.getMinutesRevision()).isZero();
        assertThat(after.getState()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(after.isInvited(team.manager().person())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from action_item where meeting_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aChangeBoardMeetingDecidesAChangeRequestThroughChangeControl() throws Exception {
        Team board = changeFixtures.team(true);
        changeFixtures.envelope(board);
        ChangeRequest raised = ChangeControlFixtures.as(board.seller(), () -> changeControl.raise(board.id(),
                new ChangeRequestDraft("316L stainless contact parts", "Orchid Pharma", Origin.SALES,
                        new SourceReference(SourceKind.QUOTE_LINE, "Q-0051/1", "Quote Q-0051 line 1"), Priority.HIGH,
                        ChangeClass.STANDARD, 1, List.of(new SpecItemRef("SPEC-30", "material")), List.of(),
                        new BigDecimal("120000"), "EUR"), true));
        ChangeControlFixtures.as(board.engineer(), () -> changeControl.assess(raised.getId(), null,
                new ImpactInput(new BigDecimal("18000"), "EUR", 15, Risk.MEDIUM, "New supplier",
                        List.of(new SpecItemRef("SPEC-30", "material")), null, null)));
        ChangeRequest waiting = ChangeControlFixtures.as(board.engineer(),
                () -> changeControl.completeAssessment(raised.getId(), null, null));
        assertThat(waiting.getState()).isEqualTo(ChangeState.AWAITING_DECISION);

        String json = send(post(meetingsOf(board.id())), scheduleBody("CHANGE_BOARD", "Change board"), board.manager())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.meeting.id")).longValue();
        mvc.perform(get("/api/meetings/" + id + "/decidable-changes").with(as(board.manager())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(raised.getId()));
        mvc.perform(get("/meetings/" + id).with(as(board.manager()))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("data-change=\"" + raised.getId() + "\"")));
        // A stale version through the page: refused above the page, nothing decided.
        mvc.perform(post("/meetings/" + id + "/change-decisions").param("changeRequestId", String.valueOf(raised.getId()))
                        .param("expectedVersion", String.valueOf(waiting.getVersion() - 1)).param("outcome", "APPROVE")
                        .with(as(board.manager())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("flashError"));
        String body = """
                {"changeRequestId":%d,"expectedVersion":%d,"outcome":"APPROVE","comment":"Worth it"}"""
                .formatted(raised.getId(), waiting.getVersion());
        send(post("/api/meetings/" + id + "/change-decisions"), body, board.outsider()).andExpect(status().isForbidden());
        send(post("/api/meetings/" + id + "/change-decisions"), """
                {"changeRequestId":%d,"expectedVersion":%d,"outcome":"APPROVE"}"""
                .formatted(raised.getId(), waiting.getVersion() - 1), board.manager()).andExpect(status().isConflict());
        send(post("/api/meetings/" + id + "/change-decisions"), body, board.manager()).andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions[0].subjectKind").value("CHANGE_REQUEST"))
                .andExpect(jsonPath("$.decisions[0].subjectId").value(raised.getId()))
                .andExpect(jsonPath("$.decisions[0].outcome").value("APPROVE"));
        ChangeRequest decided = ChangeControlFixtures.as(board.manager(), () -> changeControl.changeRequest(raised.getId()));
        assertThat(decided.getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(decided.getDecisionForum()).isEqualTo(DecisionForum.MEETING);
        mvc.perform(get("/api/meetings/" + id).with(as(board.manager()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions.length()").value(1));
        // The web page shows the decision log.
        mvc.perform(get("/meetings/" + id).with(as(board.tom()))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Change request CR-" + raised.getId())));
    }

    /** A write request; a fresh builder each time (a builder keeps the post-processors it was given). */
    record Write(HttpMethod method, String url, String body) {

        MockHttpServletRequestBuilder request() {
            return MockMvcRequestBuilders.request(method, url);
        }
    }

    @Test
    void everyEndpointIs403ForOtherStaff404ForCustomersAnd401Anonymous() throws Exception {
        Meeting meeting = scheduled(MeetingKind.STATUS);
        ActionItem item = actionItem(meeting, team.engineer());
        long id = meeting.getId();
        String v = "{\"version\":" + meeting.getVersion() + "}";
        List<String> reads = List.of(meetingsOf(project()), "/api/meetings/" + id, "/api/meetings/" + id + "/agenda",
                "/api/meetings/" + id + "/minutes", "/api/meetings/" + id + "/decidable-changes",
                "/api/meetings/" + id + "/action-items");
        for (String read : reads) {
            mvc.perform(get(read).with(as(team.outsider()))).andExpect(status().isForbidden());
        }
        List<Write> writes = List.of(
                new Write(HttpMethod.POST, (meetingsOf(project())), scheduleBody("STATUS", "X")),
                new Write(HttpMethod.PUT, ("/api/meetings/" + id), """
                        {"title":"X","start":"2026-12-04T08:00","timeZone":"Europe/London","durationMinutes":30,
                         "place":"R","version":%d}""".formatted(meeting.getVersion())),
                new Write(HttpMethod.POST, ("/api/meetings/" + id + "/cancel"), v),
                new Write(HttpMethod.POST, ("/api/meetings/" + id + "/attendees"), "{\"personId\":" + team.outsider().person() + "}"),
                new Write(HttpMethod.DELETE, ("/api/meetings/" + id + "/attendees/" + team.seller().person()), ""),
                new Write(HttpMethod.PUT, ("/api/meetings/" + id + "/response"), "{\"response\":\"ACCEPTED\"}"),
                new Write(HttpMethod.PUT, ("/api/meetings/" + id + "/agenda"), "{\"version\":" + meeting.getVersion()
                        + ",\"items\":[]}"),
                new Write(HttpMethod.POST, ("/api/meetings/" + id + "/agenda/refresh"), v),
                new Write(HttpMethod.PUT, ("/api/meetings/" + id + "/minutes"), "{\"baseRevision\":0,\"text\":\"x\"}"),
                new Write(HttpMethod.POST, ("/api/meetings/" + id + "/change-decisions"),
                        "{\"changeRequestId\":1,\"expectedVersion\":0,\"outcome\":\"APPROVE\"}"),
                new Write(HttpMethod.POST, ("/api/meetings/" + id + "/gate-decision"),
                        "{\"decision\":\"GO\",\"rationale\":\"r\",\"version\":0}"),
                new Write(HttpMethod.POST, ("/api/meetings/" + id + "/action-items"), """
                        {"title":"T","ownerId":%d,"dueOn":"2099-01-01"}""".formatted(team.outsider().person())),
                new Write(HttpMethod.POST, ("/api/action-items/" + item.getId() + "/done"), "{\"version\":0}"));
        for (Write write : writes) {
            send(write.request(), write.body(), team.outsider()).andExpect(status().isForbidden());
        }
        for (String read : reads) {
            mvc.perform(get(read).with(as(office.customer()))).andExpect(status().isNotFound());
            anonymous(get(read), "").andExpect(status().isUnauthorized());
        }
        for (Write write : writes) {
            send(write.request(), write.body(), office.customer()).andExpect(status().isNotFound());
            anonymous(write.request(), write.body()).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/me/meetings").with(as(office.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/me/action-items").with(as(office.customer()))).andExpect(status().isNotFound());
        anonymous(get("/api/me/meetings"), "").andExpect(status().isUnauthorized());
        anonymous(get("/api/meetings/" + id), "").andExpect(status().isUnauthorized());
        Meeting after = reread(id);
        assertThat(after.getVersion()).isEqualTo(meeting.getVersion());
        assertThat(after.getState()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(meetingsOfProject()).isEqualTo(1);
    }

    @Test
    void theOperationsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/projects/{projectId}/meetings'].get").exists())
                .andExpect(jsonPath("$.paths['/api/projects/{projectId}/meetings'].post").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/cancel'].post").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/attendees'].post").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/attendees/{personId}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/response'].put").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/agenda'].get").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/agenda'].put").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/agenda/refresh'].post").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/minutes'].get").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/minutes'].put").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/decidable-changes'].get").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/change-decisions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/gate-decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/action-items'].get").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/action-items'].post").exists())
                .andExpect(jsonPath("$.paths['/api/action-items/{id}/done'].post").exists())
                .andExpect(jsonPath("$.paths['/api/me/meetings'].get").exists())
                .andExpect(jsonPath("$.paths['/api/me/action-items'].get").exists());
    }
}

package org.integrationgateway.changecontrol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.draft;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.impact;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.stagegate.Gatekeeping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The change control pages: who sees what, who may post, inline errors that save nothing, the CSV download. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ChangeControlWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired ChangeControlFixtures fixtures;
    @Autowired ChangeControl changeControl;
    @Autowired Gatekeeping gatekeeping;

    CurrentUser customer;
    Team team;

    @BeforeEach
    void setUp() {
        customer = users.create(1L, Role.CUSTOMER_CONTACT);
        team = fixtures.team(true);
    }

    static RequestPostProcessor as(CurrentUser user) {
        RequestPostProcessor signedIn = TestUsers.as(user);
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    static RequestPostProcessor as(ChangeControlFixtures.Member member) {
        return as(member.user());
    }

    private int changes() {
        return jdbc.queryForObject("select count(*) from change_request where project = ?", Integer.class, team.id());
    }

    private ChangeRequest raised(ChangeClass changeClass, boolean submit) {
        return ChangeControlFixtures.as(team.marketer(), () -> changeControl.raise(team.id(),
                draft("Washdown enclosure IP69K", Origin.MARKET_RESEARCH, changeClass, null), submit));
    }

    private ChangeRequest awaitingDecision() {
        ChangeRequest request = raised(ChangeClass.NORMAL, true);
        ChangeControlFixtures.as(team.engineer(), () -> changeControl.assess(request.getId(), null, impact("18000", 15, "mechanical")));
        return ChangeControlFixtures.as(team.engineer(), () -> changeControl.completeAssessment(request.getId(), null, "For the board"));
    }

    @Test
    void projectMembersRaiseFromTheFormWithInlineErrorsThatSaveNothing() throws Exception {
        mvc.perform(get("/projects/{id}/changes/new", team.id()).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"change-form\""),
                        containsString("data-testid=\"submit-change\""), containsString("data-testid=\"save-draft\""))));
        mvc.perform(get("/projects/{id}/changes/new", team.id()).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/{id}/changes/new", team.id()).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(post("/projects/{id}/changes", team.id()).with(as(team.outsider())).param("title", "X")
                .param("origin", "INTERNAL")).andExpect(status().isForbidden());

        mvc.perform(post("/projects/{id}/changes", team.id()).with(as(team.marketer())).param("title", " ")
                        .param("origin", "MARKETING").param("intent", "submit"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"title-error\"")));
        mvc.perform(post("/projects/{id}/changes", team.id()).with(as(team.marketer())).param("title", "IP69K")
                        .param("origin", "MARKETING").param("links", "ftp://files.example/x"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"links-error\""),
                        containsString("value=\"IP69K\""))));
        mvc.perform(post("/projects/{id}/changes", team.id()).with(as(team.marketer())).param("title", "IP69K")
                        .param("origin", "MARKETING").param("sourceKind", "RESEARCH_FINDING").param("sourceReference", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"sourceReference-error\"")));
        mvc.perform(post("/projects/{id}/changes", team.id()).with(as(team.marketer())).param("title", "IP69K")
                        .param("origin", "MARKETING").param("affectedItems", "14 mechanical"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"affectedItems-error\"")));
        assertThat(changes()).isZero();

        mvc.perform(post("/projects/{id}/changes", team.id()).with(as(team.marketer())).param("title", "IP69K draft")
                        .param("origin", "MARKET_RESEARCH").param("intent", "draft"))
                .andExpect(redirectedUrlPattern("/changes/*"));
        mvc.perform(post("/projects/{id}/changes", team.id()).with(as(team.marketer())).param("title", "Washdown enclosure")
                        .param("origin", "MARKET_RESEARCH").param("changeClass", "NORMAL").param("targetStage", "1")
                        .param("affectedItems", "SPEC-14 mechanical\nspec-22")
                        .param("links", "Interview notes https://wiki.example/research/12\nhttps://wiki.example/x")
                        .param("intent", "submit"))
                .andExpect(redirectedUrlPattern("/changes/*"));
        assertThat(jdbc.queryForList("select state from change_request where project = ? order by id", String.class, team.id()))
                .containsExactly("DRAFT", "SUBMITTED");
        assertThat(jdbc.queryForList("select i.item_key from change_request_item i join change_request c on c.id = i.change_request"
                + " where c.project = ? order by i.position", String.class, team.id())).containsExactly("SPEC-14", "SPEC-22");
        assertThat(jdbc.queryForList("select l.label from change_request_link l join change_request c on c.id = l.change_request"
                + " where c.project = ? order by l.position", String.class, team.id()))
                .containsExactly("Interview notes", "https://wiki.example/x");
    }

    @Test
    void onlyTheRequesterEditsADraft() throws Exception {
        ChangeRequest draft = raised(ChangeClass.NORMAL, false);
        mvc.perform(get("/changes/{id}/edit", draft.getId()).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Washdown enclosure IP69K\"")));
        mvc.perform(get("/changes/{id}/edit", draft.getId()).with(as(team.engineer()))).andExpect(status().isForbidden());
        mvc.perform(post("/changes/{id}", draft.getId()).with(as(team.engineer())).param("title", "Hijack")
                .param("origin", "INTERNAL")).andExpect(status().isForbidden());
        mvc.perform(post("/changes/{id}", draft.getId()).with(as(team.marketer())).param("title", "")
                        .param("origin", "INTERNAL").param("version", String.valueOf(draft.getVersion())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"title-error\"")));
        assertThat(changeControl.changeRequest(draft.getId()).getTitle()).isEqualTo("Washdown enclosure IP69K");
        mvc.perform(post("/changes/{id}", draft.getId()).with(as(team.marketer())).param("title", "IP69K enclosure")
                        .param("origin", "MARKET_RESEARCH").param("version", String.valueOf(draft.getVersion())))
                .andExpect(redirectedUrl("/changes/" + draft.getId()));
        assertThat(changeControl.changeRequest(draft.getId()).getTitle()).isEqualTo("IP69K enclosure");
        mvc.perform(post("/changes/{id}/submit", draft.getId()).with(as(team.marketer())).param("version", "0"))
                .andExpect(redirectedUrl("/changes/" + draft.getId()));
        assertThat(changeControl.changeRequest(draft.getId()).getState()).isEqualTo(ChangeState.DRAFT);
        mvc.perform(post("/changes/{id}/submit", draft.getId()).with(as(team.marketer())).param("comment", "Ready"))
                .andExpect(redirectedUrl("/changes/" + draft.getId()));
        assertThat(changeControl.changeRequest(draft.getId()).getState()).isEqualTo(ChangeState.SUBMITTED);
    }

    @Test
    void theChangePageShowsEachPersonOnlyWhatTheyMayDo() throws Exception {
        ChangeRequest request = raised(ChangeClass.NORMAL, true);
        mvc.perform(get("/changes/{id}", request.getId()).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Washdown enclosure IP69K"), containsString("Submitted"),
                        containsString("data-testid=\"action-withdraw\""), containsString("data-testid=\"timeline\""),
                        not(containsString("data-testid=\"assessment-form\"")), not(containsString("data-testid=\"vote-form\"")))));
        mvc.perform(get("/changes/{id}", request.getId()).with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"assessment-form\""),
                        containsString("data-testid=\"action-start-assessment\""), not(containsString("data-testid=\"action-withdraw\"")))));
        mvc.perform(get("/changes/{id}", request.getId()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Washdown enclosure IP69K"),
                        not(containsString("data-testid=\"cr-actions\"")), not(containsString("data-testid=\"assessment-form\"")))));
        mvc.perform(get("/changes/{id}", request.getId()).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(post("/changes/{id}/start-assessment", request.getId()).with(as(team.outsider())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/changes/{id}/assessment", request.getId()).with(as(team.outsider())).param("costDelta", "1")
                .param("currency", "EUR").param("scheduleDeltaDays", "1").param("risk", "LOW")).andExpect(status().isForbidden());
        mvc.perform(post("/changes/{id}/withdraw", request.getId()).with(as(customer))).andExpect(status().isNotFound());
        assertThat(changeControl.changeRequest(request.getId()).getState()).isEqualTo(ChangeState.SUBMITTED);
        assertThat(changeControl.changeRequest(request.getId()).getImpact()).isNull();
    }

    @Test
    void anEngineerAssessesAndTheBoardVotesOnThePage() throws Exception {
        ChangeRequest request = raised(ChangeClass.NORMAL, true);
        long id = request.getId();
        mvc.perform(post("/changes/{id}/assessment", id).with(as(team.engineer())).param("costDelta", "")
                        .param("currency", "EUR").param("scheduleDeltaDays", "15").param("risk", "MEDIUM"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"costDelta-error\"")));
        mvc.perform(post("/changes/{id}/assessment", id).with(as(team.engineer())).param("costDelta", "18000")
                        .param("currency", "EUR").param("scheduleDeltaDays", "15").param("risk", "MEDIUM"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"riskNote-error\"")));
        mvc.perform(post("/changes/{id}/assessment", id).with(as(team.engineer())).param("costDelta", "18000")
                        .param("currency", "EURO").param("scheduleDeltaDays", "15").param("risk", "LOW"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"currency-error\"")));
        assertThat(changeControl.changeRequest(id).getImpact()).isNull();
        mvc.perform(post("/changes/{id}/complete-assessment", id).with(as(team.engineer())))
                .andExpect(redirectedUrl("/changes/" + id));
        assertThat(changeControl.changeRequest(id).getState()).isEqualTo(ChangeState.SUBMITTED);

        mvc.perform(post("/changes/{id}/assessment", id).with(as(team.engineer())).param("costDelta", "18000")
                        .param("currency", "EUR").param("scheduleDeltaDays", "15").param("risk", "MEDIUM")
                        .param("riskNote", "New seals").param("affectedItems", "SPEC-14 mechanical"))
                .andExpect(redirectedUrl("/changes/" + id + "#impact"));
        mvc.perform(post("/changes/{id}/complete-assessment", id).with(as(team.engineer())).param("comment", "To the board"))
                .andExpect(redirectedUrl("/changes/" + id));
        assertThat(changeControl.changeRequest(id).getState()).isEqualTo(ChangeState.AWAITING_DECISION);

        mvc.perform(get("/changes/{id}", id).with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"vote-form\""), containsString("EUR 18,000.00"),
                        containsString("15 days"), not(containsString("data-testid=\"decide-form\"")))));
        mvc.perform(get("/changes/{id}", id).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"vote-form\""))));
        mvc.perform(post("/changes/{id}/votes", id).with(as(team.marketer())).param("choice", "APPROVE"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/changes/{id}/votes", id).with(as(team.tom())).param("choice", "DEFER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"deferToStage-error\"")));
        mvc.perform(post("/changes/{id}/votes", id).with(as(team.tom())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"choice-error\"")));
        assertThat(changeControl.changeRequest(id).allVotes()).isEmpty();

        mvc.perform(post("/changes/{id}/votes", id).with(as(team.tom())).param("choice", "APPROVE").param("comment", "Worth it"))
                .andExpect(redirectedUrl("/changes/" + id));
        mvc.perform(post("/changes/{id}/votes", id).with(as(team.manager())).param("choice", "APPROVE"))
                .andExpect(redirectedUrl("/changes/" + id));
        assertThat(changeControl.changeRequest(id).getState()).isEqualTo(ChangeState.APPROVED);
        mvc.perform(get("/changes/{id}", id).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Decided by the board&#39;s vote."), containsString("Worth it"),
                        containsString("Approved"))));
        mvc.perform(post("/changes/{id}/votes", id).with(as(team.ines())).param("choice", "REJECT"))
                .andExpect(redirectedUrl("/changes/" + id))
                .andExpect(flash().attribute("flashError", containsString("Nothing was changed.")));
        assertThat(changeControl.changeRequest(id).currentVotes()).hasSize(2);
    }

    @Test
    void theNamedApproverDecidesAlone() throws Exception {
        ChangeControlFixtures.as(team.manager(), () -> changeControl.setUpBoard(team.id(), null,
                new org.integrationgateway.changecontrol.BoardSetup(java.util.List.of(team.manager().person(), team.tom().person()),
                        org.integrationgateway.changecontrol.BoardRule.SINGLE_APPROVER, null, team.manager().person(),
                        new org.integrationgateway.changecontrol.ResponseTarget(1, org.integrationgateway.changecontrol.ResponseTarget.Unit.WORKING_DAYS),
                        new org.integrationgateway.changecontrol.ResponseTarget(5, org.integrationgateway.changecontrol.ResponseTarget.Unit.WORKING_DAYS),
                        new org.integrationgateway.changecontrol.ResponseTarget(4, org.integrationgateway.changecontrol.ResponseTarget.Unit.HOURS))));
        long id = awaitingDecision().getId();
        mvc.perform(get("/changes/{id}", id).with(as(team.manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"decide-form\"")));
        mvc.perform(get("/changes/{id}", id).with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"decide-form\""))));
        mvc.perform(post("/changes/{id}/decision", id).with(as(team.tom())).param("choice", "APPROVE"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/changes/{id}/decision", id).with(as(team.manager())).param("choice", "DEFER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"decide-deferToStage-error\"")));
        assertThat(changeControl.changeRequest(id).getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        mvc.perform(post("/changes/{id}/decision", id).with(as(team.manager())).param("choice", "DEFER").param("deferToStage", "2"))
                .andExpect(redirectedUrl("/changes/" + id));
        ChangeRequest deferred = changeControl.changeRequest(id);
        assertThat(deferred.getState()).isEqualTo(ChangeState.DEFERRED);
        assertThat(deferred.getTargetStage()).isEqualTo(2);
    }

    @Test
    void boardMembersSeeTheirQueueWithTimeLeftAndWhetherTheyVoted() throws Exception {
        long id = awaitingDecision().getId();
        mvc.perform(get("/changes/decisions").with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-change=\"CR-" + id + "\""),
                        containsString("Not voted yet"), containsString(" left"))));
        ChangeControlFixtures.as(team.tom(), () -> changeControl.vote(id, VoteChoice.APPROVE, null, null));
        mvc.perform(get("/changes/decisions").with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-change=\"CR-" + id + "\""), containsString(">Voted<"))));
        mvc.perform(get("/changes/decisions").with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("data-change=\"CR-" + id + "\"")),
                        containsString("Nothing is waiting for your decision."))));
        mvc.perform(get("/changes/decisions").with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/projects").with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/changes/decisions\"")));
    }

    @Test
    void theChangeLogFiltersPagesAndDownloadsAsCsv() throws Exception {
        mvc.perform(get("/projects/{id}/changes", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("empty-state"), not(containsString("data-testid=\"raise-change\"")))));
        ChangeRequest normal = raised(ChangeClass.NORMAL, true);
        ChangeRequest emergency = ChangeControlFixtures.as(team.ines(), () -> changeControl.raise(team.id(),
                draft("Guard interlock, bypass", Origin.INTERNAL, ChangeClass.EMERGENCY, null), false));
        mvc.perform(get("/projects/{id}/changes", team.id()).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-change=\"CR-" + normal.getId() + "\""),
                        containsString("data-change=\"CR-" + emergency.getId() + "\""), containsString("data-testid=\"raise-change\""),
                        containsString("changes.csv"))));
        mvc.perform(get("/projects/{id}/changes", team.id()).param("changeClass", "EMERGENCY").with(as(team.outsider())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("data-change=\"CR-" + emergency.getId() + "\""),
                        not(containsString("data-change=\"CR-" + normal.getId() + "\"")),
                        containsString("changes.csv?changeClass=EMERGENCY"))));
        mvc.perform(get("/projects/{id}/changes", team.id()).param("q", "washdown").param("origin", "MARKET_RESEARCH")
                        .param("state", "SUBMITTED").param("targetStage", "0").with(as(team.outsider())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("data-change=\"CR-" + normal.getId() + "\""),
                        not(containsString("data-change=\"CR-" + emergency.getId() + "\"")))));
        mvc.perform(get("/projects/{id}/changes", team.id()).param("state", "REJECTED").with(as(team.outsider())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("empty-state")));
        mvc.perform(get("/projects/{id}/changes", team.id()).param("state", "NONSENSE").with(as(team.outsider())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/projects/{id}/changes", team.id()).with(as(customer))).andExpect(status().isNotFound());

        mvc.perform(get("/projects/{id}/changes.csv", team.id()).param("changeClass", "EMERGENCY").with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString(team.code() + "-change-log.csv")))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(allOf(containsString("key,title,origin"),
                        containsString("CR-" + emergency.getId() + ",\"Guard interlock, bypass\""),
                        not(containsString("CR-" + normal.getId() + ",")))));
        mvc.perform(get("/projects/{id}/changes.csv", team.id()).with(as(customer))).andExpect(status().isNotFound());
    }

    @Test
    void theProjectPageSummaryCountsAndShowsTheEmergencyBanner() throws Exception {
        mvc.perform(get("/projects/{id}", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/projects/" + team.id() + "/changes/summary\"")));
        raised(ChangeClass.NORMAL, true);
        awaitingDecision();
        mvc.perform(get("/projects/{id}/changes/summary", team.id()).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"count-open\">2<"),
                        containsString("data-testid=\"count-awaiting\">1<"), containsString("data-testid=\"count-total\">2<"),
                        containsString("data-testid=\"raise-change\""), not(containsString("emergency-banner")))));
        ChangeRequest emergency = ChangeControlFixtures.as(team.ines(), () -> changeControl.raise(team.id(),
                draft("Guard interlock can be bypassed", Origin.INTERNAL, ChangeClass.EMERGENCY, null), true));
        mvc.perform(get("/projects/{id}/changes/summary", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"emergency-banner\""),
                        containsString("CR-" + emergency.getId() + " Guard interlock can be bypassed"), containsString(" UTC"),
                        not(containsString("data-testid=\"raise-change\"")))));
        mvc.perform(get("/changes/{id}", emergency.getId()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"cr-interruption\"")));
        mvc.perform(get("/projects/{id}/changes/summary", team.id()).with(as(customer))).andExpect(status().isNotFound());
    }

    @Test
    void theManagerConfiguresBoardAndEnvelopeOthersReadThem() throws Exception {
        mvc.perform(get("/projects/{id}/changes/settings", team.id()).with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"default-board\""),
                        containsString("data-testid=\"settings-read-only\""), containsString("Tom Achebe"),
                        not(containsString("data-testid=\"board-form\"")), not(containsString("data-testid=\"envelope-form\"")))));
        mvc.perform(get("/projects/{id}/changes/settings", team.id()).with(as(team.manager()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"board-form\""),
                        containsString("data-testid=\"envelope-form\""))));
        mvc.perform(get("/projects/{id}/changes/settings", team.id()).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(post("/projects/{id}/changes/board", team.id()).with(as(team.tom()))
                .param("memberIds", String.valueOf(team.tom().person())).param("rule", "MAJORITY").param("quorum", "1")
                .param("standardAmount", "1").param("standardUnit", "WORKING_DAYS").param("normalAmount", "5")
                .param("normalUnit", "WORKING_DAYS").param("emergencyAmount", "4").param("emergencyUnit", "HOURS"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/changes/envelope", team.id()).with(as(team.engineer())).param("maxCost", "1")
                .param("currency", "EUR").param("maxScheduleDays", "1")).andExpect(status().isForbidden());

        String[] members = {String.valueOf(team.manager().person()), String.valueOf(team.tom().person()),
                String.valueOf(team.ines().person())};
        mvc.perform(post("/projects/{id}/changes/board", team.id()).with(as(team.manager())).param("memberIds", members)
                        .param("rule", "MAJORITY").param("quorum", "4").param("standardAmount", "1").param("standardUnit", "WORKING_DAYS")
                        .param("normalAmount", "5").param("normalUnit", "WORKING_DAYS").param("emergencyAmount", "4")
                        .param("emergencyUnit", "HOURS"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"quorum-error\"")));
        mvc.perform(post("/projects/{id}/changes/board", team.id()).with(as(team.manager())).param("memberIds", members)
                        .param("rule", "MAJORITY").param("quorum", "2").param("standardAmount", "0").param("standardUnit", "WORKING_DAYS")
                        .param("normalAmount", "5").param("normalUnit", "WORKING_DAYS").param("emergencyAmount", "4")
                        .param("emergencyUnit", "HOURS"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"standardAmount-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from change_board where project = ?", Integer.class, team.id())).isZero();
        mvc.perform(post("/projects/{id}/changes/board", team.id()).with(as(team.manager())).param("memberIds", members)
                        .param("rule", "MAJORITY").param("quorum", "2").param("standardAmount", "1").param("standardUnit", "WORKING_DAYS")
                        .param("normalAmount", "5").param("normalUnit", "WORKING_DAYS").param("emergencyAmount", "4")
                        .param("emergencyUnit", "HOURS"))
                .andExpect(redirectedUrl("/projects/" + team.id() + "/changes/settings"));
        assertThat(changeControl.board(team.id()).isDefault()).isFalse();
        mvc.perform(post("/projects/{id}/changes/board", team.id()).with(as(team.manager())).param("memberIds", members)
                        .param("rule", "MAJORITY").param("quorum", "2").param("standardAmount", "1").param("standardUnit", "WORKING_DAYS")
                        .param("normalAmount", "5").param("normalUnit", "WORKING_DAYS").param("emergencyAmount", "4")
                        .param("emergencyUnit", "HOURS").param("version", "99"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));

        mvc.perform(post("/projects/{id}/changes/envelope", team.id()).with(as(team.manager())).param("maxCost", "5000")
                        .param("currency", "EURO").param("maxScheduleDays", "5").param("categories", "option, mechanical"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"currency-error\"")));
        assertThat(changeControl.envelope(team.id())).isEmpty();
        mvc.perform(post("/projects/{id}/changes/envelope", team.id()).with(as(team.manager())).param("maxCost", "5000")
                        .param("currency", "EUR").param("maxScheduleDays", "5").param("categories", "option, mechanical"))
                .andExpect(redirectedUrl("/projects/" + team.id() + "/changes/settings"));
        assertThat(changeControl.envelope(team.id())).hasValueSatisfying(e -> {
            assertThat(e.getRevision()).isEqualTo(1);
            assertThat(e.categoryNames()).containsExactly("mechanical", "option");
        });
        mvc.perform(get("/projects/{id}/changes/settings", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("data-testid=\"default-board\"")),
                        containsString("EUR 5,000.00"), containsString("mechanical, option"))));
    }

    @Test
    void theGateReviewDeciderDecidesChangesWithTheGate() throws Exception {
        long review = gatekeeping.schedule(team.id(), LocalDate.now().plusDays(3), team.tom().person(),
                java.util.List.of(team.tom().person(), team.ines().person())).getId();
        mvc.perform(get("/gate-reviews/{id}/changes", review).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("empty-state")));
        long first = awaitingDecision().getId();
        long second = awaitingDecision().getId();
        mvc.perform(get("/gate-reviews/{id}/changes", review).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-change=\"CR-" + first + "\""),
                        containsString("data-testid=\"gate-read-only\""), not(containsString("data-testid=\"decide-at-gate\"")))));
        mvc.perform(get("/gate-reviews/{id}/changes", review).with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"decide-at-gate\"")));
        mvc.perform(get("/gate-reviews/{id}/changes", review).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(post("/gate-reviews/{id}/changes", review).with(as(team.outsider()))
                .param("rows[0].id", String.valueOf(first)).param("rows[0].outcome", "APPROVE")).andExpect(status().isForbidden());

        mvc.perform(post("/gate-reviews/{id}/changes", review).with(as(team.tom()))
                        .param("rows[0].id", String.valueOf(first)).param("rows[0].outcome", "APPROVE")
                        .param("rows[1].id", String.valueOf(second)).param("rows[1].outcome", "DEFER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"rows[1].deferToStage-error\"")));
        mvc.perform(post("/gate-reviews/{id}/changes", review).with(as(team.tom()))
                        .param("rows[0].id", String.valueOf(first)).param("rows[1].id", String.valueOf(second)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
        assertThat(changeControl.changeRequest(first).getState()).isEqualTo(ChangeState.AWAITING_DECISION);

        mvc.perform(post("/gate-reviews/{id}/changes", review).with(as(team.tom()))
                        .param("rows[0].id", String.valueOf(first)).param("rows[0].outcome", "APPROVE")
                        .param("rows[0].comment", "With the gate")
                        .param("rows[1].id", String.valueOf(second)))
                .andExpect(redirectedUrl("/gate-reviews/" + review + "/changes"));
        assertThat(changeControl.changeRequest(first).getState()).isEqualTo(ChangeState.APPROVED);
        assertThat(changeControl.changeRequest(second).getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        mvc.perform(get("/changes/{id}", first).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Decided with the gate review."),
                        containsString("href=\"/gate-reviews/" + review + "\""))));
    }
}

package org.integrationgateway.changecontrol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.draft;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.impact;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.changecontrol.BoardRule;
import org.integrationgateway.changecontrol.BoardSetup;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.ResponseTarget;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The live regions of the project page, the change request page, the decision queue and the gate review page: a page's
 * regions are served together in one answer (no page shell, each region once), which answers exactly as the page does
 * for every kind of reader (staff 200, customer contact 404, signed-out to the sign-in page, an unknown record 404) and
 * shows the current state; the pages declare the topics they follow and the host that re-fetches their regions (out
 * of band) on live events; the former per-region addresses are gone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class LiveRegionsWebTests {

    @Autowired MockMvc mvc;
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

    private static RequestPostProcessor as(ChangeControlFixtures.Member member) {
        return TestUsers.as(member.user());
    }

    private long awaitingDecisionWithApprover() {
        ChangeControlFixtures.as(team.manager(), () -> changeControl.setUpBoard(team.id(), null,
                new BoardSetup(List.of(team.manager().person(), team.tom().person()), BoardRule.SINGLE_APPROVER, null,
                        team.manager().person(), new ResponseTarget(1, ResponseTarget.Unit.WORKING_DAYS),
                        new ResponseTarget(5, ResponseTarget.Unit.WORKING_DAYS), new ResponseTarget(4, ResponseTarget.Unit.HOURS))));
        ChangeRequest request = ChangeControlFixtures.as(team.seller(), () -> changeControl.raise(team.id(),
                draft("Conveyor height 1,050 mm", Origin.SALES, ChangeClass.NORMAL, null), true));
        ChangeControlFixtures.as(team.engineer(), () -> changeControl.assess(request.getId(), null, impact("1200", 2, "mechanical")));
        return ChangeControlFixtures.as(team.engineer(),
                () -> changeControl.completeAssessment(request.getId(), null, "For the approver")).getId();
    }

    /** The part answers like the page for a staff reader, a customer contact and a signed-out visitor. */
    private void answersLikeThePage(String page, String part, ChangeControlFixtures.Member reader) throws Exception {
        mvc.perform(get(page).with(as(reader))).andExpect(status().isOk());
        mvc.perform(get(part).with(as(reader))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("id=\"live-indicator\""))));
        mvc.perform(get(page).with(TestUsers.as(customer))).andExpect(status().isNotFound());
        mvc.perform(get(part).with(TestUsers.as(customer))).andExpect(status().isNotFound());
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        mvc.perform(get(part)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theChangeRequestPageFollowsItsRequestAndServesAllRegionsInOneAnswerWithThePagesRights() throws Exception {
        long id = awaitingDecisionWithApprover();
        String live = "/changes/" + id + "/live";
        mvc.perform(get("/changes/{id}", id).with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-live-topics=\"change-request:" + id + "\""),
                        containsString("id=\"live-indicator\""), containsString("/js/live.js"),
                        containsString("data-live-since=\""),
                        containsString("data-live-topics=\"person:" + team.seller().person() + "\""),
                        containsString("data-text-pending=\""),
                        containsString("hx-get=\"" + live + "\""),
                        containsString("hx-trigger=\"live:change-request from:body delay:60ms, live:resync from:body, live:refresh\""),
                        containsString("hx-select-oob=\"#cr-live-summary,#cr-live-actions,#cr-live-outcome,#cr-live-forms,#cr-live-timeline\""),
                        containsString("data-live-from=\"cr-live\""), not(containsString("/live/")))));
        answersLikeThePage("/changes/" + id, live, team.outsider());
        String regions = mvc.perform(get(live).with(as(team.seller())).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        for (String part : List.of("summary", "actions", "outcome", "forms", "timeline")) {
            assertThat(regions).containsOnlyOnce("id=\"cr-live-" + part + "\"");
        }
        assertThat(regions)
                .doesNotContain("person:" + team.seller().person()).doesNotContain("id=\"cr-live\"")
                .contains(">Awaiting decision<").doesNotContain("data-testid=\"decide-form\"");
        mvc.perform(get("/changes/{id}/live/summary", id).with(as(team.seller()))).andExpect(status().isNotFound());
        mvc.perform(get("/changes/{id}/live", 999_999).with(as(team.seller()))).andExpect(status().isNotFound());
        mvc.perform(get(live).with(as(team.manager())))
                .andExpect(content().string(containsString("data-testid=\"decide-form\"")));

        ChangeControlFixtures.as(team.manager(), () -> changeControl.decide(id, null, VoteChoice.APPROVE, null, "Go"));
        mvc.perform(get(live).with(as(team.seller())))
                .andExpect(content().string(allOf(containsString(">Approved<"), containsString("data-testid=\"implement-in-spec\""),
                        containsString("data-testid=\"decision-forum\""), containsString("Sofia Marin"))));
        mvc.perform(get(live).with(as(team.manager())))
                .andExpect(content().string(not(containsString("data-testid=\"decide-form\""))));
    }

    @Test
    void theDecisionQueueFollowsAllDecisionsAndServesTheQueueWithThePagesRights() throws Exception {
        long id = awaitingDecisionWithApprover();
        mvc.perform(get("/changes/decisions").with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-live-topics=\"decisions\""),
                        containsString("hx-get=\"/changes/decisions/queue\""))));
        answersLikeThePage("/changes/decisions", "/changes/decisions/queue", team.tom());
        mvc.perform(get("/changes/decisions/queue").with(as(team.tom())))
                .andExpect(content().string(allOf(containsString("id=\"decision-queue-live\""),
                        containsString("data-change=\"CR-" + id + "\""))));
        mvc.perform(get("/changes/decisions/queue").with(as(team.outsider())))
                .andExpect(content().string(not(containsString("data-change=\"CR-" + id + "\""))));

        ChangeControlFixtures.as(team.manager(), () -> changeControl.decide(id, null, VoteChoice.REJECT, null, "No"));
        mvc.perform(get("/changes/decisions/queue").with(as(team.tom())))
                .andExpect(content().string(not(containsString("data-change=\"CR-" + id + "\""))));
    }

    @Test
    void theGateReviewPageFollowsItsReviewAndServesAllRegionsInOneAnswerWithThePagesRights() throws Exception {
        long review = gatekeeping.schedule(team.id(), LocalDate.now().plusDays(3), team.tom().person(),
                List.of(team.tom().person(), team.ines().person())).getId();
        String live = "/gate-reviews/" + review + "/live";
        mvc.perform(get("/gate-reviews/{id}", review).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-live-topics=\"gate-review:" + review + "\""),
                        containsString("hx-get=\"" + live + "\""),
                        containsString("live:gate-review from:body delay:60ms"),
                        containsString("hx-select-oob=\"#review-live-state,#review-live-result,#review-live-scorecards,#review-live-forms,#review-live-decision\""),
                        containsString("data-live-from=\"review-live\""), not(containsString("/live/")))));
        answersLikeThePage("/gate-reviews/" + review, live, team.outsider());
        String regions = mvc.perform(get(live).with(as(team.outsider()))).andReturn().getResponse().getContentAsString();
        for (String part : List.of("state", "result", "scorecards", "forms", "decision")) {
            assertThat(regions).containsOnlyOnce("id=\"review-live-" + part + "\"");
        }
        assertThat(regions).contains("data-testid=\"review-state\"")
                .doesNotContain("data-testid=\"score-form\"");
        mvc.perform(get(live).with(as(team.tom())))
                .andExpect(content().string(containsString("data-testid=\"score-form\"")));
        mvc.perform(get("/gate-reviews/{id}/live/state", review).with(as(team.tom()))).andExpect(status().isNotFound());
        mvc.perform(get("/gate-reviews/{id}/live", 999_999).with(as(team.tom()))).andExpect(status().isNotFound());
    }

    @Test
    void theProjectPageFollowsItsProjectAndServesItsRegionsInOneAnswerWithThePagesRights() throws Exception {
        String live = "/projects/" + team.id() + "/live";
        mvc.perform(get("/projects/{id}", team.id()).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-live-topics=\"project:" + team.id() + "\""),
                        containsString("hx-get=\"/projects/" + team.id() + "/changes/summary\""),
                        containsString("live:change-request from:body delay:60ms"),
                        containsString("hx-get=\"/projects/" + team.id() + "/lifecycle\""),
                        containsString("hx-get=\"" + live + "\""),
                        containsString("hx-select-oob=\"#project-live-details,#project-live-facts,#project-live-matrix\""),
                        containsString("data-live-from=\"project-live\""), not(containsString("/live/")))));
        answersLikeThePage("/projects/" + team.id(), live, team.outsider());
        String regions = mvc.perform(get(live).with(as(team.outsider()))).andReturn().getResponse().getContentAsString();
        for (String part : List.of("details", "facts", "matrix")) {
            assertThat(regions).containsOnlyOnce("id=\"project-live-" + part + "\"");
        }
        assertThat(regions).contains("Priya Natarajan")
                .contains("data-testid=\"project-status\"");
        answersLikeThePage("/projects/" + team.id(), "/projects/" + team.id() + "/changes/summary", team.outsider());
        answersLikeThePage("/projects/" + team.id(), "/projects/" + team.id() + "/lifecycle", team.outsider());
        mvc.perform(get("/projects/{id}/live/matrix", team.id()).with(as(team.outsider()))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/live", 999_999).with(as(team.outsider()))).andExpect(status().isNotFound());
    }
}

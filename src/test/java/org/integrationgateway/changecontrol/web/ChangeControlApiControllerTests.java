package org.integrationgateway.changecontrol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
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
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may use each change control API operation (anonymous 401, customer contacts 404, staff outside the project 403 on
 * writes, project members per their role), and how bad input, unknown ids, stale versions, illegal steps and rules
 * answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ChangeControlApiControllerTests extends ChangeControlApiSupport {

    @Autowired Gatekeeping gatekeeping;

    CurrentUser customer;
    CurrentUser pmo;
    Team team;

    @BeforeEach
    void setUp() {
        customer = users.create(1L, Role.CUSTOMER_CONTACT);
        pmo = users.create(Role.PMO);
        team = fixtures.team(true);
    }

    /** Anonymous callers get 401 and customer contacts 404, with nothing changed. */
    void refusesAnonymousAndCustomers(MockHttpServletRequestBuilder request, String json) throws Exception {
        anonymous(request, json).andExpect(status().isUnauthorized());
        send(request, json, customer).andExpect(status().isNotFound());
    }

    int changeRequests() {
        return jdbc.queryForObject("select count(*) from change_request where project = ?", Integer.class, team.id());
    }

    long scheduleReview() {
        return ChangeControlFixtures.as(team.manager(), () -> gatekeeping.schedule(team.id(), LocalDate.now().plusDays(2),
                team.tom().person(), null)).getId();
    }

    static ResultMatcher field(String name) {
        return jsonPath("$.errors[0].field").value(name);
    }

    static ResultMatcher code(String code) {
        return jsonPath("$.code").value(code);
    }

    // ---- who may ---------------------------------------------------------------------------------------------------

    @Test
    void staffReadEverythingCustomersAndAnonymousCallersNothing() throws Exception {
        long id = raise(team, team.marketer(), "Quieter fan", "MARKETING", "NORMAL", true);
        long review = scheduleReview();
        String project = "/api/projects/" + team.id();
        for (String path : List.of(project + "/change-requests", project + "/change-requests.csv",
                project + "/change-requests/counts", "/api/change-requests/" + id, project + "/change-board",
                project + "/change-envelope", "/api/me/change-decisions", "/api/gate-reviews/" + review + "/change-requests")) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(as(customer))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as(team.outsider()))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(pmo))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/change-requests/" + id).with(as(team.outsider())))
                .andExpect(jsonPath("$.actions", hasSize(0)));
        mvc.perform(get("/api/me/change-decisions").with(as(pmo))).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/me/change-decisions").with(as(team.engineer()))).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anyoneAssignedToTheProjectRaisesAChangeOutsidersDoNot() throws Exception {
        String path = "/api/projects/" + team.id() + "/change-requests";
        String body = raiseJson("Bigger hopper", "MARKETING", "NORMAL", false);
        refusesAnonymousAndCustomers(post(path), body);
        send(post(path), body, team.outsider()).andExpect(status().isForbidden()).andExpect(code("not-a-project-member"));
        send(post(path), body, pmo).andExpect(status().isForbidden());
        assertThat(changeRequests()).isZero();

        send(post(path), body, team.marketer()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT")).andExpect(jsonPath("$.actions").value(
                        org.hamcrest.Matchers.containsInAnyOrder("EDIT", "SUBMIT", "WITHDRAW")));
        for (Member member : List.of(team.seller(), team.quality(), team.engineer(), team.tom(), team.manager())) {
            send(post(path), body, member).andExpect(status().isCreated());
        }
        assertThat(changeRequests()).isEqualTo(6);
    }

    @Test
    void onlyTheRequesterEditsSubmitsAndWithdraws() throws Exception {
        long id = raise(team, team.marketer(), "Bigger hopper", "MARKETING", "NORMAL", false);
        String cr = "/api/change-requests/" + id;
        String edit = raiseJson("Much bigger hopper", "CUSTOMER", "NORMAL", false).replace("\"submit\":false", "\"version\":%d");
        refusesAnonymousAndCustomers(put(cr), edit.formatted(versionOf(id)));
        send(put(cr), edit.formatted(versionOf(id)), team.engineer()).andExpect(status().isForbidden()).andExpect(code("not-permitted"));
        send(put(cr), edit.formatted(versionOf(id)), team.outsider()).andExpect(status().isForbidden());
        send(put(cr), edit.formatted(versionOf(id) + 5), team.marketer()).andExpect(status().isConflict()).andExpect(code("stale-version"));
        send(put(cr), edit.replace(",\"version\":%d", ""), team.marketer()).andExpect(status().isBadRequest()).andExpect(field("version"));
        send(put(cr), edit.formatted(versionOf(id)), team.marketer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Much bigger hopper")).andExpect(jsonPath("$.origin").value("CUSTOMER"));

        refusesAnonymousAndCustomers(post(cr + "/submit"), "{}");
        send(post(cr + "/submit"), "{}", team.engineer()).andExpect(status().isForbidden());
        send(post(cr + "/submit"), "{}", team.outsider()).andExpect(status().isForbidden());
        assertThat(stateOf(id)).isEqualTo("DRAFT");
        mvc.perform(post(cr + "/submit").with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        send(put(cr), edit.formatted(versionOf(id)), team.marketer()).andExpect(status().isConflict())
                .andExpect(code("illegal-transition")).andExpect(jsonPath("$.detail", containsString("submitted")));

        refusesAnonymousAndCustomers(post(cr + "/withdraw"), "{}");
        send(post(cr + "/withdraw"), "{}", team.engineer()).andExpect(status().isForbidden());
        send(post(cr + "/withdraw"), "{}", team.outsider()).andExpect(status().isForbidden());
        send(post(cr + "/withdraw"), "{\"comment\":\"Not needed after all\"}", team.marketer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"))
                .andExpect(jsonPath("$.timeline[-1].comment").value("Not needed after all"));
        send(post(cr + "/submit"), "{}", team.marketer()).andExpect(status().isConflict()).andExpect(code("illegal-transition"));
    }

    @Test
    void engineersAndTheManagerAssessLiaisonsDoNot() throws Exception {
        long id = raise(team, team.marketer(), "Extra sensor", "MARKETING", "NORMAL", true);
        String cr = "/api/change-requests/" + id;
        refusesAnonymousAndCustomers(post(cr + "/start-assessment"), "{}");
        for (Member member : List.of(team.marketer(), team.seller(), team.outsider(), team.tom())) {
            send(post(cr + "/start-assessment"), "{}", member).andExpect(status().isForbidden());
        }
        send(post(cr + "/start-assessment"), version(versionOf(id)), team.engineer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNDER_ASSESSMENT"));
        send(post(cr + "/complete-assessment"), "{}", team.engineer()).andExpect(status().isUnprocessableContent())
                .andExpect(code("not-assessed")).andExpect(field("costDelta"));

        refusesAnonymousAndCustomers(put(cr + "/assessment"), impactJson("100", 1, versionOf(id)));
        for (Member member : List.of(team.marketer(), team.seller(), team.outsider(), team.quality())) {
            send(put(cr + "/assessment"), impactJson("100", 1, versionOf(id)), member).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select impact_cost_delta from change_request where id = ?", Object.class, id)).isNull();
        send(put(cr + "/assessment"), impactJson("100", 1, versionOf(id) - 1), team.manager()).andExpect(status().isConflict());
        send(put(cr + "/assessment"), impactJson("100", 1, versionOf(id)), team.manager()).andExpect(status().isOk())
                .andExpect(jsonPath("$.impact.assessedBy.id").value(team.manager().person()));

        refusesAnonymousAndCustomers(post(cr + "/complete-assessment"), "{}");
        send(post(cr + "/complete-assessment"), "{}", team.marketer()).andExpect(status().isForbidden());
        send(post(cr + "/complete-assessment"), "{}", team.outsider()).andExpect(status().isForbidden());
        send(post(cr + "/complete-assessment"), "{}", team.engineer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AWAITING_DECISION"));
        send(post(cr + "/start-assessment"), "{}", team.engineer()).andExpect(status().isConflict())
                .andExpect(code("illegal-transition"));
    }

    @Test
    void boardMembersVoteOthersDoNot() throws Exception {
        long id = awaitingDecision(team, team.seller(), "Second language", "NORMAL", "5000");
        String votes = "/api/change-requests/" + id + "/votes";
        refusesAnonymousAndCustomers(post(votes), "{\"choice\":\"APPROVE\"}");
        for (Member member : List.of(team.engineer(), team.marketer(), team.seller(), team.outsider())) {
            send(post(votes), "{\"choice\":\"APPROVE\"}", member).andExpect(status().isForbidden());
        }
        send(post(votes), "{\"choice\":\"APPROVE\"}", pmo).andExpect(status().isForbidden());
        send(post(votes), "{\"comment\":\"no choice\"}", team.tom()).andExpect(status().isBadRequest()).andExpect(field("choice"));
        send(post(votes), "{\"choice\":\"DEFER\"}", team.tom()).andExpect(status().isBadRequest()).andExpect(field("deferToStage"));
        send(post(votes), "{\"choice\":\"DEFER\",\"deferToStage\":0}", team.tom()).andExpect(status().isUnprocessableContent())
                .andExpect(code("defer-not-later"));
        assertThat(jdbc.queryForObject("select count(*) from change_request_vote where change_request = ?", Integer.class, id))
                .isZero();
        send(post(votes), "{\"choice\":\"REJECT\"}", team.manager()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AWAITING_DECISION"));
        send(post(votes), "{\"choice\":\"APPROVE\"}", team.tom()).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentVotes", hasSize(2)));
        send(post("/api/change-requests/" + id + "/decision"), "{\"outcome\":\"APPROVE\"}", team.tom())
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/change-requests/" + id).with(as(team.ines())))
                .andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.contains("VOTE")));
    }

    @Test
    void theNamedApproverDecidesThenEngineersImplementQualityVerifiesAndTheManagerCloses() throws Exception {
        String board = "/api/projects/" + team.id() + "/change-board";
        String single = """
                {"memberIds":[%d,%d],"rule":"SINGLE_APPROVER","approverId":%d,
                 "standardTarget":{"amount":1,"unit":"WORKING_DAYS"},"normalTarget":{"amount":3,"unit":"WORKING_DAYS"},
                 "emergencyTarget":{"amount":2,"unit":"HOURS"}}""".formatted(team.manager().person(), team.ines().person(),
                team.ines().person());
        send(put(board), single, team.manager()).andExpect(status().isOk())
                .andExpect(jsonPath("$.approver.name").value("Ines Duarte"));
        long id = awaitingDecision(team, team.marketer(), "Blue housing", "NORMAL", "20000");
        String cr = "/api/change-requests/" + id;

        refusesAnonymousAndCustomers(post(cr + "/decision"), "{\"outcome\":\"APPROVE\"}");
        for (Member member : List.of(team.manager(), team.tom(), team.engineer(), team.outsider())) {
            send(post(cr + "/decision"), "{\"outcome\":\"APPROVE\"}", member).andExpect(status().isForbidden());
        }
        send(post(cr + "/decision"), "{\"outcome\":\"APPROVE\",\"version\":%d}".formatted(versionOf(id) - 1), team.ines())
                .andExpect(status().isConflict()).andExpect(code("stale-version"));
        send(post(cr + "/decision"), "{\"outcome\":\"APPROVE\",\"comment\":\"Go\",\"version\":%d}".formatted(versionOf(id)),
                team.ines()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED")).andExpect(jsonPath("$.decision.forum").value("APPROVER"))
                .andExpect(jsonPath("$.decision.decidedBy").value("Ines Duarte"));
        send(post(cr + "/decision"), "{\"outcome\":\"REJECT\"}", team.ines()).andExpect(status().isConflict())
                .andExpect(code("illegal-transition"));

        steps(cr + "/verify", List.of(team.quality()), team.quality(), 409);
        steps(cr + "/implement", List.of(team.marketer(), team.quality(), team.outsider()), team.engineer(), 200);
        steps(cr + "/verify", List.of(team.marketer(), team.seller(), team.outsider()), team.quality(), 200);
        steps(cr + "/close", List.of(team.engineer(), team.quality(), team.marketer(), team.outsider()), team.manager(), 200);
        mvc.perform(get(cr).with(as(team.manager()))).andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.actions", hasSize(0)));
    }

    /** Everyone in {@code refused} gets 403 (anonymous 401, customers 404); then {@code allowed} gets {@code status}. */
    void steps(String path, List<Member> refused, Member allowed, int expected) throws Exception {
        refusesAnonymousAndCustomers(post(path), "{}");
        for (Member member : refused) {
            if (expected == 200) {
                send(post(path), "{}", member).andExpect(status().isForbidden());
            }
        }
        send(post(path), "{}", allowed).andExpect(status().is(expected));
    }

    @Test
    void theManagerAndPmoSetUpTheBoardAndEnvelope() throws Exception {
        String board = "/api/projects/" + team.id() + "/change-board";
        mvc.perform(get(board).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.isDefault").value(true)).andExpect(jsonPath("$.version").isEmpty())
                .andExpect(jsonPath("$.members", hasSize(3))).andExpect(jsonPath("$.quorum").value(2))
                .andExpect(jsonPath("$.rule").value("MAJORITY"))
                .andExpect(jsonPath("$.emergencyTarget.unit").value("HOURS"))
                .andExpect(jsonPath("$.members[0].name").value("Sofia Marin"));
        String majority = """
                {"memberIds":[%d,%d,%d],"rule":"MAJORITY","quorum":%d,
                 "standardTarget":{"amount":1,"unit":"WORKING_DAYS"},"normalTarget":{"amount":5,"unit":"WORKING_DAYS"},
                 "emergencyTarget":{"amount":4,"unit":"HOURS"}%s}""";
        String three = majority.formatted(team.manager().person(), team.tom().person(), team.ines().person(), 3, "");
        refusesAnonymousAndCustomers(put(board), three);
        for (Member member : List.of(team.outsider(), team.engineer(), team.tom(), team.marketer())) {
            send(put(board), three, member).andExpect(status().isForbidden());
        }
        send(put(board), majority.formatted(team.manager().person(), team.tom().person(), team.ines().person(), 4, ""),
                team.manager()).andExpect(status().isUnprocessableContent()).andExpect(code("quorum-too-large"))
                .andExpect(field("quorum"));
        send(put(board), three, team.manager()).andExpect(status().isOk())
                .andExpect(jsonPath("$.isDefault").value(false)).andExpect(jsonPath("$.quorum").value(3))
                .andExpect(jsonPath("$.version").value(0));
        send(put(board), majority.formatted(team.manager().person(), team.tom().person(), team.ines().person(), 2,
                ",\"version\":7"), pmo).andExpect(status().isConflict()).andExpect(code("stale-version"));
        send(put(board), majority.formatted(team.manager().person(), team.tom().person(), team.ines().person(), 2,
                ",\"version\":0"), pmo).andExpect(status().isOk()).andExpect(jsonPath("$.quorum").value(2));

        String envelope = "/api/projects/" + team.id() + "/change-envelope";
        mvc.perform(get(envelope).with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.set").value(false)).andExpect(jsonPath("$.maxCost").isEmpty());
        String limits = "{\"maxCost\":%s,\"currency\":\"EUR\",\"maxScheduleDays\":5,\"categories\":[\"option\"]%s}";
        refusesAnonymousAndCustomers(put(envelope), limits.formatted("5000", ""));
        for (Member member : List.of(team.outsider(), team.engineer(), team.tom(), team.seller())) {
            send(put(envelope), limits.formatted("5000", ""), member).andExpect(status().isForbidden());
        }
        send(put(envelope), limits.formatted("5000", ",\"version\":0"), team.manager()).andExpect(status().isConflict());
        send(put(envelope), limits.formatted("5000", ""), team.manager()).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1)).andExpect(jsonPath("$.maxCost").value(5000));
        send(put(envelope), limits.formatted("2500.50", ",\"version\":0"), pmo).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2)).andExpect(jsonPath("$.maxCost").value(2500.50));
        send(put(envelope), limits.formatted("1", ",\"version\":0"), pmo).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'change-envelope'"
                + " and entity_id = ?", Integer.class, String.valueOf(team.id()))).isEqualTo(2);
    }

    @Test
    void onlyWhoeverDecidesTheReviewDecidesChangesWithIt() throws Exception {
        long id = awaitingDecision(team, team.marketer(), "Wider belt", "NORMAL", "6000");
        long draft = raise(team, team.marketer(), "Not yet", "MARKETING", "NORMAL", false);
        long review = scheduleReview();
        String path = "/api/gate-reviews/" + review + "/change-decisions";
        String one = "{\"decisions\":[{\"changeRequestId\":%d,\"outcome\":\"APPROVE\"%s}]}";
        refusesAnonymousAndCustomers(post(path), one.formatted(id, ""));
        for (Member member : List.of(team.ines(), team.manager(), team.outsider(), team.engineer())) {
            send(post(path), one.formatted(id, ""), member).andExpect(status().isForbidden());
        }
        send(post(path), one.formatted(draft, ""), team.tom()).andExpect(status().isUnprocessableContent())
                .andExpect(code("not-at-this-gate")).andExpect(field("decisions"));
        send(post(path), "{\"decisions\":[]}", team.tom()).andExpect(status().isBadRequest()).andExpect(field("decisions"));
        send(post(path), "{\"decisions\":[{\"changeRequestId\":%d,\"outcome\":\"APPROVE\"},{\"changeRequestId\":%d,\"outcome\":\"REJECT\"}]}"
                .formatted(id, id), team.tom()).andExpect(status().isBadRequest()).andExpect(field("decisions"));
        send(post(path), one.formatted(id, ",\"version\":" + (versionOf(id) + 1)), team.tom())
                .andExpect(status().isConflict()).andExpect(code("stale-version"));
        send(post("/api/gate-reviews/999999/change-decisions"), one.formatted(id, ""), team.tom()).andExpect(status().isNotFound());
        assertThat(stateOf(id)).isEqualTo("AWAITING_DECISION");
        send(post(path), one.formatted(id, ",\"version\":" + versionOf(id)), team.tom()).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].state").value("APPROVED"));
    }

    // ---- bad input -------------------------------------------------------------------------------------------------

    @Test
    void badQueryParametersAndUnknownIdsAnswerProblemsNamingTheField() throws Exception {
        String list = "/api/projects/" + team.id() + "/change-requests";
        for (String[] bad : new String[][] {{"state=BOGUS", "state"}, {"origin=ALIENS", "origin"},
                {"changeClass=urgent", "changeClass"}, {"targetStage=first", "targetStage"}, {"size=-1", "size"},
                {"size=0", "size"}, {"size=500", "size"}, {"page=-1", "page"}, {"page=x", "page"},
                {"sort=bogus", "sort"}, {"sort=id,sideways", "sort"}}) {
            mvc.perform(get(list + "?" + bad[0]).with(as(team.outsider()))).andExpect(status().isBadRequest())
                    .andExpect(field(bad[1]));
        }
        mvc.perform(get(list + ".csv?state=BOGUS").with(as(team.outsider()))).andExpect(status().isBadRequest())
                .andExpect(field("state"));
        mvc.perform(get("/api/me/change-decisions?size=101").with(as(team.tom()))).andExpect(status().isBadRequest())
                .andExpect(field("size"));
        mvc.perform(get(list + "?state=DRAFT&origin=SALES&changeClass=EMERGENCY&targetStage=0&q=50%25_\\&sort=priority,desc"
                + "&page=3&size=100").with(as(team.outsider()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(0))).andExpect(jsonPath("$.page").value(3));
        for (String sort : List.of("id", "raisedAt", "priority", "state", "title", "targetStage")) {
            mvc.perform(get(list + "?sort=" + sort + ",asc").with(as(team.outsider()))).andExpect(status().isOk());
        }

        for (String path : List.of("/api/projects/999999/change-requests", "/api/projects/999999/change-requests.csv",
                "/api/projects/999999/change-requests/counts", "/api/projects/999999/change-board",
                "/api/projects/999999/change-envelope", "/api/change-requests/999999",
                "/api/gate-reviews/999999/change-requests")) {
            mvc.perform(get(path).with(as(team.outsider()))).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404));
        }
        mvc.perform(get("/api/change-requests/CR-1").with(as(team.outsider()))).andExpect(status().isBadRequest())
                .andExpect(field("id"));
        send(post("/api/change-requests/999999/submit"), "{}", team.marketer()).andExpect(status().isNotFound());
        send(put("/api/projects/999999/change-envelope"), "{\"maxCost\":1,\"currency\":\"EUR\",\"maxScheduleDays\":1}", pmo)
                .andExpect(status().isNotFound());
    }

    @Test
    void badBodiesAnswer400NamingTheFieldAndStoreNothing() throws Exception {
        String raise = "/api/projects/" + team.id() + "/change-requests";
        send(post(raise), "{\"title\":", team.marketer()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", containsString("malformed-body")));
        send(post(raise), "[]", team.marketer()).andExpect(status().isBadRequest());
        send(post(raise), "", team.marketer()).andExpect(status().isBadRequest());
        String good = raiseJson("Faster belt", "SALES", "STANDARD", true);
        for (String[] bad : new String[][] {
                {"\"origin\":\"SALES\"", "\"origin\":\"ALIENS\"", "origin"},
                {"\"changeClass\":\"STANDARD\"", "\"changeClass\":\"URGENT\"", "changeClass"},
                {"\"priority\":\"HIGH\"", "\"priority\":\"SOON\"", "priority"},
                {"\"priority\":\"HIGH\"", "\"priority\":\"HIGH\",\"targetStage\":\"first\"", "targetStage"},
                {"\"priority\":\"HIGH\"", "\"priority\":\"HIGH\",\"source\":{\"kind\":\"FAX\"}", "source.kind"},
                {"\"category\":\"mechanical\"", "\"category\":{\"a\":1}", "affectedItems[0].category"},
                {"\"submit\":true", "\"submit\":\"maybe\"", "submit"},
                {"\"title\":\"Faster belt\"", "\"title\":\"  \"", "title"},
                {"\"title\":\"Faster belt\",", "", "title"},
                {"\"origin\":\"SALES\",", "", "origin"},
                {"\"priority\":\"HIGH\"", "\"priority\":\"HIGH\",\"revenueAtStake\":12.345,\"revenueCurrency\":\"EUR\"", "revenueAtStake"},
                {"\"priority\":\"HIGH\"", "\"priority\":\"HIGH\",\"revenueAtStake\":-1,\"revenueCurrency\":\"EUR\"", "revenueAtStake"},
                {"\"priority\":\"HIGH\"", "\"priority\":\"HIGH\",\"revenueAtStake\":12,\"revenueCurrency\":\"EURO\"", "revenueCurrency"},
                {"\"priority\":\"HIGH\"", "\"priority\":\"HIGH\",\"links\":[{\"url\":\"javascript:alert(1)\"}]", "links"},
                {"\"priority\":\"HIGH\"", "\"priority\":\"HIGH\",\"targetStage\":99", "targetStage"},
                {"SPEC-22", "not a key!", "affectedItems"}}) {
            String body = good.replace(bad[0], bad[1]);
            assertThat(body).as(bad[2]).isNotEqualTo(good);
            send(post(raise), body, team.marketer()).andExpect(status().isBadRequest()).andExpect(field(bad[2]));
        }
        send(post(raise), good.replace("\"origin\":\"SALES\"", "\"origin\":\"ALIENS\""), team.marketer())
                .andExpect(jsonPath("$.errors[0].message", containsString("MARKETING, SALES, CUSTOMER")));
        send(post(raise), good.replace("\"priority\":\"HIGH\"", "\"priority\":\"HIGH\",\"targetStage\":-1"), team.marketer())
                .andExpect(status().isBadRequest()).andExpect(field("targetStage"));
        var unstarted = fixtures.team(false);
        send(post("/api/projects/" + unstarted.id() + "/change-requests"), good.replace("\"priority\":\"HIGH\"",
                "\"priority\":\"HIGH\",\"targetStage\":1"), unstarted.marketer())
                .andExpect(status().isUnprocessableContent()).andExpect(code("lifecycle-not-started"));
        assertThat(changeRequests()).isZero();

        long id = raise(team, team.marketer(), "Faster belt", "SALES", "NORMAL", true);
        String cr = "/api/change-requests/" + id;
        send(post(cr + "/start-assessment"), "{\"version\":\"latest\"}", team.engineer()).andExpect(status().isBadRequest())
                .andExpect(field("version"));
        send(post(cr + "/start-assessment"), "{\"comment\":[1]}", team.engineer()).andExpect(status().isBadRequest())
                .andExpect(field("comment"));
        String impact = impactJson("100", 1, versionOf(id));
        for (String[] bad : new String[][] {{"\"risk\":\"LOW\"", "\"risk\":\"EXTREME\"", "risk"},
                {"\"costDelta\":100", "\"costDelta\":\"lots\"", "costDelta"},
                {"\"costDelta\":100", "\"costDelta\":100.001", "costDelta"},
                {"\"costDelta\":100,", "", "costDelta"},
                {"\"currency\":\"EUR\"", "\"currency\":\"XXQ\"", "currency"},
                {"\"scheduleDeltaDays\":1", "\"scheduleDeltaDays\":1.5", "scheduleDeltaDays"},
                {"\"scheduleDeltaDays\":1", "\"scheduleDeltaDays\":4000", "scheduleDeltaDays"},
                {"\"risk\":\"LOW\"", "\"risk\":\"HIGH\"", "riskNote"},
                {",\"version\":" + versionOf(id), "", "version"}}) {
            String body = impact.replace(bad[0], bad[1]);
            assertThat(body).as(bad[2]).isNotEqualTo(impact);
            send(put(cr + "/assessment"), body, team.engineer()).andExpect(status().isBadRequest()).andExpect(field(bad[2]));
        }
        assertThat(stateOf(id)).isEqualTo("SUBMITTED");

        long awaiting = awaitingDecision(team, team.seller(), "Longer cable", "NORMAL", "3000");
        send(post("/api/change-requests/" + awaiting + "/votes"), "{\"choice\":\"MAYBE\"}", team.tom())
                .andExpect(status().isBadRequest()).andExpect(field("choice"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of APPROVE, REJECT, DEFER."));
        send(post("/api/change-requests/" + awaiting + "/votes"), "{\"choice\":0}", team.tom())
                .andExpect(status().isBadRequest()).andExpect(field("choice"));
        send(post("/api/change-requests/" + awaiting + "/decision"), "{\"outcome\":\"PASS\"}", team.tom())
                .andExpect(status().isBadRequest()).andExpect(field("outcome"));
        long review = scheduleReview();
        send(post("/api/gate-reviews/" + review + "/change-decisions"),
                "{\"decisions\":[{\"changeRequestId\":\"CR-1\",\"outcome\":\"APPROVE\"}]}", team.tom())
                .andExpect(status().isBadRequest()).andExpect(field("decisions[0].changeRequestId"));
        send(post("/api/gate-reviews/" + review + "/change-decisions"),
                "{\"decisions\":[{\"changeRequestId\":%d,\"outcome\":\"NOPE\"}]}".formatted(awaiting), team.tom())
                .andExpect(status().isBadRequest()).andExpect(field("decisions[0].outcome"));
        send(post("/api/gate-reviews/" + review + "/change-decisions"),
                "{\"decisions\":[{\"changeRequestId\":%d,\"outcome\":\"DEFER\",\"deferToStage\":42}]}".formatted(awaiting),
                team.tom()).andExpect(status().isBadRequest()).andExpect(field("deferToStage"));
        assertThat(stateOf(awaiting)).isEqualTo("AWAITING_DECISION");

        String board = "/api/projects/" + team.id() + "/change-board";
        String setup = """
                {"memberIds":[%d],"rule":"MAJORITY","quorum":1,"standardTarget":{"amount":1,"unit":"WORKING_DAYS"},
                 "normalTarget":{"amount":5,"unit":"WORKING_DAYS"},"emergencyTarget":{"amount":4,"unit":"HOURS"}}"""
                .formatted(team.manager().person());
        for (String[] bad : new String[][] {{"\"MAJORITY\"", "\"LOUDEST\"", "rule"},
                {"\"memberIds\":[" + team.manager().person() + "]", "\"memberIds\":[\"sofia\"]", "memberIds[0]"},
                {"\"memberIds\":[" + team.manager().person() + "]", "\"memberIds\":[]", "memberIds"},
                {"\"quorum\":1", "\"quorum\":0", "quorum"},
                {"{\"amount\":1,", "{\"amount\":0,", "standardTarget.amount"},
                {"\"unit\":\"HOURS\"", "\"unit\":\"WEEKS\"", "emergencyTarget.unit"},
                {"\"normalTarget\":{\"amount\":5,\"unit\":\"WORKING_DAYS\"},", "", "normalTarget"},
                {"\"rule\":\"MAJORITY\"", "\"rule\":\"SINGLE_APPROVER\"", "approverId"}}) {
            String body = setup.replace(bad[0], bad[1]);
            assertThat(body).as(bad[2]).isNotEqualTo(setup);
            send(put(board), body, team.manager()).andExpect(status().isBadRequest()).andExpect(field(bad[2]));
        }
        String envelope = "/api/projects/" + team.id() + "/change-envelope";
        for (String[] bad : new String[][] {{"-1", "EUR", "5", "maxCost"}, {"\"lots\"", "EUR", "5", "maxCost"},
                {"1.001", "EUR", "5", "maxCost"}, {"10", "", "5", "currency"}, {"10", "EUR", "\"many\"", "maxScheduleDays"},
                {"10", "EUR", "-2", "maxScheduleDays"}}) {
            send(put(envelope), "{\"maxCost\":%s,\"currency\":\"%s\",\"maxScheduleDays\":%s}".formatted(bad[0], bad[1], bad[2]),
                    team.manager()).andExpect(status().isBadRequest()).andExpect(field(bad[3]));
        }
        assertThat(jdbc.queryForObject("select count(*) from change_board where project = ?", Integer.class, team.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from change_envelope where project = ?", Integer.class, team.id())).isZero();
    }
}

package org.integrationgateway.changecontrol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.stagegate.Gatekeeping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The change control API end to end on a real database: envelope, board votes, the CSV log and decisions at a gate. */
abstract class ChangeControlApiContract extends ChangeControlApiSupport {

    @Autowired Gatekeeping gatekeeping;
    @Autowired ChangeControl changeControl;

    @Test
    void aSalesStandardChangeInsideTheEnvelopeIsApprovedByTheEnvelope() throws Exception {
        var team = fixtures.team(true);
        send(put("/api/projects/" + team.id() + "/change-envelope"),
                "{\"maxCost\":5000,\"currency\":\"eur\",\"maxScheduleDays\":5,\"categories\":[\"option\",\"Mechanical\"]}",
                team.manager())
                .andExpect(status().isOk()).andExpect(jsonPath("$.set").value(true))
                .andExpect(jsonPath("$.revision").value(1)).andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.categories[0]").value("mechanical"));

        String raised = send(post("/api/projects/" + team.id() + "/change-requests"), """
                {"title":"Conveyor height 1,050 mm","origin":"SALES","changeClass":"STANDARD",
                 "source":{"kind":"QUOTE_LINE","reference":"q-42-2","label":"Quote Q-0042 line 2"},
                 "revenueAtStake":25000.50,"revenueCurrency":"EUR","submit":true}""", team.seller())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.source.kind").value("QUOTE_LINE"))
                .andExpect(jsonPath("$.requester.id").value(team.seller().person()))
                .andExpect(jsonPath("$.revenueAtStake.amount").value(25000.50))
                .andExpect(jsonPath("$.revenueAtStake.currency").value("EUR"))
                .andExpect(jsonPath("$.targetGate").isNotEmpty())
                .andExpect(jsonPath("$.dueAt").isNotEmpty())
                .andExpect(jsonPath("$.actions").value(hasItem("WITHDRAW")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(raised, "$.id")).longValue();
        assertThat((String) JsonPath.read(raised, "$.key")).isEqualTo("CR-" + id);

        mvc.perform(get("/api/change-requests/" + id).with(as(team.engineer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions").value(hasItem("ASSESS")))
                .andExpect(jsonPath("$.actions").value(not(hasItem("WITHDRAW"))));
        send(put("/api/change-requests/" + id + "/assessment"), impactJson("1200.00", 3, versionOf(id)), team.engineer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNDER_ASSESSMENT"))
                .andExpect(jsonPath("$.impact.costDelta").value(1200.00))
                .andExpect(jsonPath("$.impact.currency").value("EUR"))
                .andExpect(jsonPath("$.impact.assessedBy.id").value(team.engineer().person()));
        send(post("/api/change-requests/" + id + "/complete-assessment"),
                "{\"version\":%d,\"comment\":\"Fits\"}".formatted(versionOf(id)), team.engineer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.changeClass").value("STANDARD"))
                .andExpect(jsonPath("$.decision.outcome").value("APPROVE"))
                .andExpect(jsonPath("$.decision.forum").value("ENVELOPE"))
                .andExpect(jsonPath("$.decision.envelopeRevision").value(1))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.actions").value(hasItem("IMPLEMENT")))
                .andExpect(jsonPath("$.timeline[*].action").value(org.hamcrest.Matchers.contains("RAISE", "SUBMIT",
                        "START_ASSESSMENT", "ASSESS", "COMPLETE_ASSESSMENT", "DECIDE_APPROVE")));
        assertThat(stateOf(id)).isEqualTo("APPROVED");
        mvc.perform(get("/api/change-requests/" + id).with(as(team.engineer())))
                .andExpect(jsonPath("$.schedule").doesNotExist());

        ChangeControlFixtures.as(team.seller(), () -> changeControl.scheduleForOrder(id,
                new SourceReference(SourceKind.ORDER, "O-" + team.code(), "Order O-" + team.code())));
        String gate = changeControl.gates(team.id()).gateName(0);
        mvc.perform(get("/api/change-requests/" + id).with(as(team.engineer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schedule.stage").value(0))
                .andExpect(jsonPath("$.schedule.gate").value(gate))
                .andExpect(jsonPath("$.schedule.orderReference").value("O-" + team.code()))
                .andExpect(jsonPath("$.schedule.orderLabel").value("Order O-" + team.code()))
                .andExpect(jsonPath("$.schedule.scheduledAt").isNotEmpty())
                .andExpect(jsonPath("$.timeline[-1].action").value("SCHEDULE"));
        mvc.perform(get("/changes/" + id).with(as(team.engineer())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Scheduled for gate " + gate + " by Order O-" + team.code())));
    }

    @Test
    void aNormalChangeIsApprovedByTwoBoardVotes() throws Exception {
        var team = fixtures.team(true);
        long id = awaitingDecision(team, team.marketer(), "Second colour option", "NORMAL", "9000");
        mvc.perform(get("/api/me/change-decisions").with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.changeRequest.id == %d)].voted".formatted(id)).value(false));

        send(post("/api/change-requests/" + id + "/votes"), "{\"choice\":\"APPROVE\",\"comment\":\"Customers ask\"}", team.tom())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AWAITING_DECISION"))
                .andExpect(jsonPath("$.currentVotes", hasSize(1)))
                .andExpect(jsonPath("$.currentVotes[0].voter.id").value(team.tom().person()));
        mvc.perform(get("/api/me/change-decisions").with(as(team.tom())))
                .andExpect(jsonPath("$.content[?(@.changeRequest.id == %d)].voted".formatted(id)).value(true));
        send(post("/api/change-requests/" + id + "/votes"), "{\"choice\":\"APPROVE\"}", team.ines())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.decision.forum").value("BOARD"))
                .andExpect(jsonPath("$.votes", hasSize(2)))
                .andExpect(jsonPath("$.currentVotes", hasSize(2)));
        mvc.perform(get("/api/me/change-decisions").with(as(team.tom())))
                .andExpect(jsonPath("$.content[?(@.changeRequest.id == %d)]".formatted(id), hasSize(0)));
        mvc.perform(get("/api/projects/" + team.id() + "/change-requests/counts").with(as(team.outsider())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.byState.APPROVED").value(1))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theCsvLogListsEveryChangeIncludingRejectedOnes() throws Exception {
        var team = fixtures.team(true);
        long approved = awaitingDecision(team, team.marketer(), "Stainless hopper", "NORMAL", "100");
        long rejected = awaitingDecision(team, team.seller(), "Gold plated rails", "NORMAL", "90000");
        for (var member : List.of(team.tom(), team.ines())) {
            send(post("/api/change-requests/" + approved + "/votes"), "{\"choice\":\"APPROVE\"}", member).andExpect(status().isOk());
            send(post("/api/change-requests/" + rejected + "/votes"), "{\"choice\":\"REJECT\"}", member).andExpect(status().isOk());
        }
        String csv = mvc.perform(get("/api/projects/" + team.id() + "/change-requests.csv").with(as(team.outsider())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename=\"" + team.code() + "-change-log.csv\"")))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("key,title,origin,source,class,priority,state,target_gate");
        assertThat(lines.get(1)).startsWith("CR-" + approved + ",Stainless hopper,MARKETING,,NORMAL,HIGH,APPROVED,");
        assertThat(lines.get(2)).startsWith("CR-" + rejected + ",Gold plated rails,MARKETING,,NORMAL,HIGH,REJECTED,")
                .contains(",90000.00,EUR,").contains(",REJECT,BOARD,");

        String onlyRejected = mvc.perform(get("/api/projects/" + team.id() + "/change-requests.csv?state=REJECTED")
                        .with(as(team.outsider())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(onlyRejected.lines().toList()).hasSize(2).last().asString().startsWith("CR-" + rejected + ",");
        mvc.perform(get("/api/projects/" + team.id() + "/change-requests?state=REJECTED").with(as(team.outsider())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].key").value("CR-" + rejected))
                .andExpect(jsonPath("$.content[0].costDelta.amount").value(90000))
                .andExpect(jsonPath("$.content[0].decision").value("REJECT"));
    }

    @Test
    void theGateReviewDecidesTwoChangesTogether() throws Exception {
        var team = fixtures.team(true);
        long first = awaitingDecision(team, team.marketer(), "Larger display", "NORMAL", "7000");
        long second = awaitingDecision(team, team.seller(), "Remote diagnostics", "NORMAL", "8000");
        long review = ChangeControlFixtures.as(team.manager(), () -> gatekeeping.schedule(team.id(),
                LocalDate.now().plusDays(2), team.tom().person(), null)).getId();
        String base = "/api/gate-reviews/" + review;

        mvc.perform(get(base + "/change-requests").with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayDecide").value(true))
                .andExpect(jsonPath("$.changeRequests[*].id").value(org.hamcrest.Matchers.contains((int) first, (int) second)));
        mvc.perform(get(base + "/change-requests").with(as(team.ines())))
                .andExpect(jsonPath("$.mayDecide").value(false));

        String decisions = """
                {"decisions":[{"changeRequestId":%d,"version":%d,"outcome":"APPROVE","comment":"With the gate"},
                              {"changeRequestId":%d,"version":%d,"outcome":"DEFER","deferToStage":1}]}"""
                .formatted(first, versionOf(first), second, versionOf(second));
        send(post(base + "/change-decisions"), decisions, team.tom())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].state").value("APPROVED"))
                .andExpect(jsonPath("$[0].decision.forum").value("GATE_REVIEW"))
                .andExpect(jsonPath("$[0].decision.reference").value(String.valueOf(review)))
                .andExpect(jsonPath("$[1].state").value("DEFERRED"))
                .andExpect(jsonPath("$[1].targetStage").value(1));
        assertThat(List.of(stateOf(first), stateOf(second))).containsExactly("APPROVED", "DEFERRED");
        mvc.perform(get(base + "/change-requests").with(as(team.tom())))
                .andExpect(jsonPath("$.changeRequests", hasSize(0)));
        mvc.perform(get("/api/change-requests/" + first).with(as(team.outsider())))
                .andExpect(jsonPath("$.decision.decidedBy", startsWith("Tom")));
    }
}

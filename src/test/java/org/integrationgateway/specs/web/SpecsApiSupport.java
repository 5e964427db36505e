package org.integrationgateway.specs.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.support.JsonApiRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * MockMvc helpers for the specs API tests: signed-in JSON requests, items written through the API, and change
 * requests approved by the project's delegated envelope (through change control itself).
 */
abstract class SpecsApiSupport extends JsonApiRequests {

    @Autowired ChangeControlFixtures fixtures;
    @Autowired ChangeControl changeControl;

    static ResultMatcher field(String name) {
        return jsonPath("$.errors[0].field").value(name);
    }

    static ResultMatcher code(String code) {
        return jsonPath("$.code").value(code);
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static String itemJson(String title, String body, String category) {
        return """
                {"title":"%s","body":"%s","category":"%s","priority":"MUST",
                 "acceptanceCriterion":"Measured at the factory acceptance test","status":"APPROVED"}"""
                .formatted(title, body, category);
    }

    static String updateJson(String title, String body, String reason, long version) {
        return """
                {"title":"%s","body":"%s","category":"mechanical","priority":"MUST",
                 "acceptanceCriterion":"Measured at the factory acceptance test","status":"APPROVED",
                 "reason":"%s","version":%d}""".formatted(title, body, reason, version);
    }

    /** A new item written through the API by {@code by}; answers its id. */
    long item(Team team, Member by, String title, String body) throws Exception {
        return id(send(post("/api/projects/" + team.id() + "/spec-items"), itemJson(title, body, "mechanical"), by)
                .andExpect(status().isCreated()));
    }

    String keyOf(long itemId) {
        return jdbc.queryForObject("select item_key from spec_item where id = ?", String.class, itemId);
    }

    long itemVersion(long itemId) {
        return jdbc.queryForObject("select version from spec_item where id = ?", Long.class, itemId);
    }

    int revisions(long itemId) {
        return jdbc.queryForObject("select count(*) from spec_item_revision where spec_item = ?", Integer.class, itemId);
    }

    String changeState(long changeRequestId) {
        return jdbc.queryForObject("select state from change_request where id = ?", String.class, changeRequestId);
    }

    /** A baseline frozen by the project manager through the API; answers its id. */
    long freeze(Team team, String name) throws Exception {
        return id(send(post("/api/projects/" + team.id() + "/baselines"), "{\"name\":\"%s\"}".formatted(name), team.manager())
                .andExpect(status().isCreated()));
    }

    /**
     * A standard change affecting {@code itemKeys}, raised by the engineer and approved by the project's delegated
     * envelope (set on first use): what a change board would approve, in four steps of change control.
     */
    long approvedChange(Team team, String title, String... itemKeys) {
        if (changeControl.envelope(team.id()).isEmpty()) {
            fixtures.envelope(team);
        }
        List<SpecItemRef> items = Arrays.stream(itemKeys).map(key -> new SpecItemRef(key, "mechanical")).toList();
        long id = ChangeControlFixtures.as(team.engineer(), () -> changeControl.raise(team.id(), new ChangeRequestDraft(
                title, "Why: " + title, Origin.SALES, SourceReference.NONE, Priority.MEDIUM, ChangeClass.STANDARD, null,
                items, List.of(), null, null), true)).getId();
        ChangeControlFixtures.as(team.engineer(), () -> changeControl.assess(id, null, new ImpactInput(new BigDecimal("100"),
                "EUR", 1, Risk.LOW, null, items, null, null)));
        ChangeControlFixtures.as(team.engineer(), () -> changeControl.completeAssessment(id, null, null));
        if (changeControl.changeRequest(id).getState() != ChangeState.APPROVED) {
            throw new IllegalStateException("The envelope did not approve " + title);
        }
        return id;
    }

    /** A change request that is submitted but not yet decided. */
    long submittedChange(Team team, String title, String... itemKeys) {
        List<SpecItemRef> items = Arrays.stream(itemKeys).map(key -> new SpecItemRef(key, "mechanical")).toList();
        return ChangeControlFixtures.as(team.engineer(), () -> changeControl.raise(team.id(), new ChangeRequestDraft(
                title, "Why: " + title, Origin.SALES, SourceReference.NONE, Priority.MEDIUM, ChangeClass.NORMAL, null,
                items, List.of(), null, null), true)).getId();
    }

    static String implementationJson(String itemKey, String title, String body) {
        return """
                {"changes":[{"itemKey":"%s","title":"%s","body":"%s","category":"mechanical","priority":"MUST",
                 "acceptanceCriterion":"Measured at the factory acceptance test","status":"APPROVED"}],
                 "comment":"As approved"}""".formatted(itemKey, title, body);
    }
}

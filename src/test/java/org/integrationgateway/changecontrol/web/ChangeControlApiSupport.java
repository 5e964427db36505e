package org.integrationgateway.changecontrol.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.support.JsonApiRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** MockMvc helpers for the change control API tests: signed-in JSON requests and the steps of a change's life. */
abstract class ChangeControlApiSupport extends JsonApiRequests {

    @Autowired ChangeControlFixtures fixtures;

    static String raiseJson(String title, String origin, String changeClass, boolean submit) {
        return """
                {"title":"%s","description":"Why: %s","origin":"%s","changeClass":"%s","priority":"HIGH",
                 "affectedItems":[{"itemKey":"SPEC-22","category":"mechanical"}],"submit":%s}"""
                .formatted(title, title, origin, changeClass, submit);
    }

    static String impactJson(String cost, int days, long version) {
        return """
                {"costDelta":%s,"currency":"EUR","scheduleDeltaDays":%d,"risk":"LOW",
                 "affectedItems":[{"itemKey":"SPEC-22","category":"mechanical"}],"version":%d}"""
                .formatted(cost, days, version);
    }

    static String version(long version) {
        return "{\"version\":%d}".formatted(version);
    }

    long raise(Team team, Member by, String title, String origin, String changeClass, boolean submit) throws Exception {
        String body = send(post("/api/projects/" + team.id() + "/change-requests"), raiseJson(title, origin, changeClass, submit), by)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long versionOf(long id) {
        return jdbc.queryForObject("select version from change_request where id = ?", Long.class, id);
    }

    String stateOf(long id) {
        return jdbc.queryForObject("select state from change_request where id = ?", String.class, id);
    }

    /** A submitted change assessed by the engineer and sent for decision; a NORMAL one then awaits the board. */
    long awaitingDecision(Team team, Member by, String title, String changeClass, String cost) throws Exception {
        long id = raise(team, by, title, "MARKETING", changeClass, true);
        send(put("/api/change-requests/" + id + "/assessment"), impactJson(cost, 2, versionOf(id)), team.engineer())
                .andExpect(status().isOk());
        send(post("/api/change-requests/" + id + "/complete-assessment"), version(versionOf(id)), team.engineer())
                .andExpect(status().isOk());
        return id;
    }
}

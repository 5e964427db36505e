package org.integrationgateway.research.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.research.ResearchFixtures;
import org.integrationgateway.research.ResearchFixtures.Lab;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The research API: the whole lifecycle over HTTP, each error code as problem details, and who may do what
 * (marketing writes, other staff read and get 403 on writes, customers 404, anonymous 401).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class FindingApiControllerTests extends JsonApiRequests {

    @Autowired ResearchFixtures fixtures;
    Lab lab;
    String segment;

    @BeforeEach
    void setUp() {
        lab = fixtures.lab();
        segment = "api-" + lab.team().code().toLowerCase();
    }

    String body(String title) {
        return """
                {"title":"%s","summary":"9 of 12 need IP69K","source":"INTERVIEW","segment":"%s",
                 "evidence":"Notes","links":["https://example.com/a"],"sampleSize":12,"confidence":"HIGH",
                 "observedOn":"%s"}""".formatted(title, segment, LocalDate.now().minusDays(1));
    }

    long create(String title) throws Exception {
        String json = send(post("/api/research/findings"), body(title), lab.priya()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long version(long id) {
        return jdbc.queryForObject("select version from research_finding where id = ?", Long.class, id);
    }

    String contradiction(long version) {
        return """
                {"bearings":[{"projectId":%d,"itemKey":"SPEC-1","how":"IP65 is not enough","contradicts":true}],
                 "version":%d}""".formatted(lab.project(), version);
    }

    @Test
    void aFindingIsSurfacedInterpretedAndRaisesAChangeRequest() throws Exception {
        send(post("/api/research/findings"), body("Washdown enclosures"), lab.priya())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/research/findings/")))
                .andExpect(jsonPath("$.key").value(startsWith("F-")))
                .andExpect(jsonPath("$.state").value("NEW"))
                .andExpect(jsonPath("$.surfacedByName").value("Priya Natarajan"))
                .andExpect(jsonPath("$.links[0]").value("https://example.com/a"));
        long id = jdbc.queryForObject("select max(id) from research_finding", Long.class);
        send(post("/api/research/findings/" + id + "/interpretation"), contradiction(version(id)), lab.priya())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("INTERPRETED"))
                .andExpect(jsonPath("$.openContradictions[0].itemKey").value("SPEC-1"));
        mvc.perform(get("/api/research/findings").param("projectId", String.valueOf(lab.project()))
                        .param("flagged", "true").with(as(lab.team().engineer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].openContradictions").value(1));
        mvc.perform(get("/api/research/findings/counts").param("segment", segment).with(as(lab.team().engineer())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.interpreted").value(1));
        send(post("/api/research/findings/" + id + "/change-requests"), """
                {"projectId":%d,"changeClass":"NORMAL","targetStage":2,"affectedItemKeys":["SPEC-1"],"version":%d}"""
                .formatted(lab.project(), version(id)), lab.priya())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("ACTIONED"))
                .andExpect(jsonPath("$.outcome").value("RAISED_CHANGE"))
                .andExpect(jsonPath("$.actions[0].changeRequestId").isNumber())
                .andExpect(jsonPath("$.openContradictions", hasSize(0)));
        long cr = jdbc.queryForObject("select change_request from finding_action where research_finding = ?", Long.class, id);
        mvc.perform(get("/api/change-requests/" + cr).with(as(lab.team().manager())))
                .andExpect(jsonPath("$.origin").value("MARKET_RESEARCH"));
        send(post("/api/research/findings/" + id + "/dismissal"), """
                {"reason":"Too late","version":%d}""".formatted(version(id)), lab.priya())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("finding-actioned"));
        send(put("/api/research/findings/" + id), body("Too late").replace("}", ",\"version\":" + version(id) + "}"),
                lab.priya()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("finding-actioned"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldOrTheCode() throws Exception {
        send(post("/api/research/findings"), body(" "), lab.priya())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        send(post("/api/research/findings"), body("Future").replace(LocalDate.now().minusDays(1).toString(),
                LocalDate.now().plusDays(1).toString()), lab.priya())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("observedOn"));
        send(post("/api/research/findings"), body("Bad link").replace("https://example.com/a", "javascript:alert(1)"),
                lab.priya()).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("links"));
        send(post("/api/research/findings"), body("Bad source").replace("INTERVIEW", "RUMOUR"), lab.priya())
                .andExpect(status().isBadRequest());
        send(post("/api/research/findings"), "{not json", lab.priya()).andExpect(status().isBadRequest());
        mvc.perform(get("/api/research/findings").param("sort", "segment").with(as(lab.priya())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/research/findings").param("state", "LOST").with(as(lab.priya())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/research/findings").param("size", "101").with(as(lab.priya())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/research/findings").param("q", "x".repeat(201)).with(as(lab.priya())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));

        long id = create("Washdown");
        send(put("/api/research/findings/" + id), body("No version"), lab.priya())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(put("/api/research/findings/" + id), body("Stale").replace("}", ",\"version\":" + (version(id) + 5) + "}"),
                lab.priya()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        send(post("/api/research/findings/" + id + "/change-requests"), """
                {"projectId":%d,"version":%d}""".formatted(lab.project(), version(id)), lab.priya())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("not-interpreted"));
        send(post("/api/research/findings/" + id + "/interpretation"), """
                {"bearings":[{"projectId":%d,"itemKey":"SPEC-3","how":"Not frozen","contradicts":true}],"version":%d}"""
                .formatted(lab.project(), version(id)), lab.priya())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("not-baselined"));
        send(post("/api/research/findings/" + id + "/interpretation"), """
                {"bearings":[{"projectId":999999,"how":"Nowhere"}],"version":%d}""".formatted(version(id)), lab.priya())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("unknown-project"));
        send(post("/api/research/findings/" + id + "/interpretation"), """
                {"bearings":[],"version":%d}""".formatted(version(id)), lab.priya())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bearings"));
        send(post("/api/research/findings/" + id + "/interpretation"), contradiction(version(id)), lab.priya())
                .andExpect(status().isOk());
        send(post("/api/research/findings/" + id + "/evidence"), """
                {"projectId":%d,"itemKeys":["SPEC-42"],"version":%d}""".formatted(lab.project(), version(id)), lab.priya())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("unknown-item"));
        send(post("/api/research/findings/" + id + "/evidence"), """
                {"itemKeys":["SPEC-1"],"version":%d}""".formatted(version(id)), lab.priya())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("projectId"));
        send(post("/api/research/findings/" + id + "/change-requests"), """
                {"projectId":%d,"version":%d}""".formatted(fixtures.lab().project(), version(id)), lab.priya())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("not-a-bearing"));
        send(post("/api/research/findings/" + id + "/dismissal"), """
                {"reason":"","version":%d}""".formatted(version(id)), lab.priya())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(post("/api/research/findings/" + id + "/evidence"), """
                {"projectId":%d,"itemKeys":["SPEC-2"],"version":%d}""".formatted(lab.project(), version(id)), lab.priya())
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("LINKED_AS_EVIDENCE"));
        mvc.perform(get("/api/research/findings/" + Long.MAX_VALUE).with(as(lab.priya())))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffReadMarketingWritesCustomersGet404AndAnonymous401() throws Exception {
        long id = create("Visible to staff");
        mvc.perform(get("/api/research/findings/" + id).with(as(lab.team().engineer())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Visible to staff"));
        mvc.perform(get("/api/research/findings").param("segment", segment).with(as(lab.team().seller())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        send(post("/api/research/findings"), body("Not mine"), lab.team().engineer())
                .andExpect(status().isForbidden());
        send(post("/api/research/findings/" + id + "/interpretation"), contradiction(version(id)), lab.team().manager())
                .andExpect(status().isForbidden());
        send(post("/api/research/findings"), body("By the administrator"), lab.admin()).andExpect(status().isCreated());
        send(post("/api/research/findings"), body("By PMO"), lab.pmo()).andExpect(status().isCreated());
        send(post("/api/research/findings"), body("By another marketer"), lab.otherMarketer()).andExpect(status().isCreated());

        mvc.perform(get("/api/research/findings/" + id).with(as(lab.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/research/findings").with(as(lab.customer()))).andExpect(status().isNotFound());
        send(post("/api/research/findings"), body("Customer"), lab.customer()).andExpect(status().isNotFound());
        send(post("/api/research/findings/" + id + "/dismissal"), "{\"reason\":\"x\",\"version\":0}", lab.customer())
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/research/findings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/research/findings/" + id)).andExpect(status().isUnauthorized());
        anonymous(post("/api/research/findings"), body("Anonymous")).andExpect(status().isUnauthorized());
        anonymous(put("/api/research/findings/" + id), body("Anonymous")).andExpect(status().isUnauthorized());
        for (String action : new String[] {"interpretation", "change-requests", "evidence", "dismissal"}) {
            anonymous(post("/api/research/findings/" + id + "/" + action), "{}").andExpect(status().isUnauthorized());
            send(post("/api/research/findings/" + id + "/" + action), "{\"version\":0}", lab.team().engineer())
                    .andExpect(status().isForbidden());
        }
    }
}

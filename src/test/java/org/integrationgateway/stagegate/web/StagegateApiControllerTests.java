package org.integrationgateway.stagegate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.stagegate.StagegateFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class StagegateApiControllerTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired StagegateFixtures fixtures;

    CurrentUser admin;
    CurrentUser pmo;
    CurrentUser staff;
    CurrentUser customer;

    @BeforeEach
    void users() {
        admin = users.create(Role.ADMINISTRATOR);
        pmo = users.create(Role.PMO);
        staff = users.create(Role.STAFF);
        customer = users.create(1L, Role.CUSTOMER_CONTACT);
    }

    static RequestPostProcessor as(CurrentUser user) {
        RequestPostProcessor signedIn = TestUsers.as(user);
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json,
                       CurrentUser user) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json).with(as(user)));
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    static final String TEMPLATE = """
            {"code":"%s","name":"Light process","decisionRule":"MAJORITY","stages":[
              {"name":"Idea","gateName":"Gate A","passThreshold":%d,
               "criteria":[{"kind":"MUST_MEET","name":"Fit","weight":0},{"kind":"SHOULD_MEET","name":"Value","weight":%d}],
               "deliverables":[{"name":"Brief"}]}]%s}""";

    @Test
    void templatesAreCreatedAndRevisedByPmoOnly() throws Exception {
        String code = "L" + System.nanoTime() % 100000;
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code, 50, 3, ""), staff).andExpect(status().isForbidden());
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code, 50, 3, ""), customer).andExpect(status().isNotFound());
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code, 50, 3, ""), pmo)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.stages[0].criteria", hasSize(2)));
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code, 50, 3, ""), pmo).andExpect(status().isConflict());
        send(put("/api/stagegate/templates/" + code), TEMPLATE.formatted(code, 60, 3, ",\"version\":1"), admin)
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2));
        send(put("/api/stagegate/templates/" + code), TEMPLATE.formatted(code, 70, 3, ",\"version\":1"), pmo)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        send(put("/api/stagegate/templates/" + code), TEMPLATE.formatted(code, 70, 3, ""), pmo)
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/stagegate/templates/" + code + "/revisions").with(as(staff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/stagegate/templates").with(as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.code == 'STANDARD')].stages[5].name").value("Launch"));
        mvc.perform(get("/api/stagegate/templates").with(as(customer))).andExpect(status().isNotFound());
        assertThat(count("select count(*) from process_template where code = ?", code)).isEqualTo(2);
    }

    @Test
    void refusesBadTemplatesAndStoresNothing() throws Exception {
        String code = "B" + System.nanoTime() % 100000;
        send(post("/api/stagegate/templates"), "{\"code\":", pmo).andExpect(status().isBadRequest());
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code, 50, 11, ""), pmo)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stages[0].criteria[1].weight"));
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code, 150, 3, ""), pmo).andExpect(status().isBadRequest());
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code, 50, 3, "").replace("\"Light process\"", "\"\""), pmo)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code, 50, 3, "").replace("\"MAJORITY\"", "\"LOUDEST\""), pmo)
                .andExpect(status().isBadRequest());
        send(post("/api/stagegate/templates"), ("{\"code\":\"%s\",\"name\":\"x\",\"decisionRule\":\"CHAIR\",\"stages\":[{\"name\":\"A\","
                + "\"gateName\":\"G\",\"passThreshold\":40,\"criteria\":[{\"kind\":\"MUST_MEET\",\"name\":\"Fit\",\"weight\":0}],"
                + "\"deliverables\":[]}]}").formatted(code), pmo)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("threshold-without-should-meet"));
        send(post("/api/stagegate/templates"), TEMPLATE.formatted(code + "-TOO-LONG-FOR-A-CODE", 50, 3, ""), pmo)
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from process_template where code like ?", code + "%")).isZero();
    }

    @Test
    void lifecycleStartsOnceByPmoAndDeliverablesAreUpdatedByTheManager() throws Exception {
        var project = fixtures.project(true);
        String path = "/api/projects/" + project.id() + "/lifecycle";
        mvc.perform(get(path).with(as(staff))).andExpect(status().isOk()).andExpect(jsonPath("$.started").value(false));
        send(post(path), "{}", staff).andExpect(status().isForbidden());
        send(post(path), "{}", project.managerUser()).andExpect(status().isForbidden());
        send(post(path), "{}", customer).andExpect(status().isNotFound());
        send(post(path), "{\"templateId\":999999}", pmo).andExpect(status().isBadRequest());
        send(post(path), "{}", pmo).andExpect(status().isCreated())
                .andExpect(jsonPath("$.currentStageName").value("Discovery"))
                .andExpect(jsonPath("$.state").value("ACTIVE")).andExpect(jsonPath("$.version").value(0));
        send(post(path), "{}", pmo).andExpect(status().isConflict());
        send(post("/api/projects/999999/lifecycle"), "{}", pmo).andExpect(status().isNotFound());

        String deliverable = path + "/stages/0/deliverables/0";
        send(put(deliverable), "{\"status\":\"DONE\",\"link\":\"https://wiki.example/brief\",\"version\":0}", staff)
                .andExpect(status().isForbidden());
        send(put(deliverable), "{\"status\":\"DONE\",\"link\":\"https://wiki.example/brief\",\"version\":0}",
                project.managerUser()).andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].deliverables[0].status").value("DONE"));
        send(put(deliverable), "{\"status\":\"OPEN\",\"version\":0}", project.managerUser()).andExpect(status().isConflict());
        send(put(deliverable), "{\"status\":\"FINISHED\",\"version\":1}", project.managerUser()).andExpect(status().isBadRequest());
        send(put(deliverable), "{\"status\":\"OPEN\",\"link\":\"javascript:alert(1)\",\"version\":1}", project.managerUser())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("link"));
        send(put(path + "/stages/2/deliverables/0"), "{\"status\":\"DONE\",\"version\":1}", pmo)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("future-stage"));
        send(put(path + "/stages/0/deliverables/9"), "{\"status\":\"DONE\",\"version\":1}", pmo)
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select status from lifecycle_deliverable d join project_lifecycle l on "
                + "l.id = d.project_lifecycle where l.project = ? and d.stage_index = 0 and d.deliverable_index = 0",
                String.class, project.id())).isEqualTo("DONE");
        mvc.perform(get(path).with(as(customer))).andExpect(status().isNotFound());
    }

    @Test
    void refusesAReviewDateOutsideTheCalendarAndSchedulesNothing() throws Exception {
        var project = fixtures.project(true);
        send(post("/api/projects/" + project.id() + "/lifecycle"), "{}", pmo).andExpect(status().isCreated());
        send(post("/api/projects/" + project.id() + "/gate-reviews"),
                "{\"scheduledOn\":\"+999999999-12-31\",\"chairId\":%d}".formatted(project.chair()), project.managerUser())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scheduledOn"));
        assertThat(jdbc.queryForObject("select count(*) from gate_review where project = ?", Integer.class, project.id()))
                .isZero();
    }

    long startAndSchedule(StagegateFixtures.Project project) throws Exception {
        send(post("/api/projects/" + project.id() + "/lifecycle"), "{}", pmo).andExpect(status().isCreated());
        String json = send(post("/api/projects/" + project.id() + "/gate-reviews"),
                "{\"scheduledOn\":\"%s\",\"chairId\":%d}".formatted(LocalDate.now().plusDays(3), project.chair()),
                project.managerUser())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.gatekeeperIds", hasSize(2)))
                .andExpect(jsonPath("$.agenda[0].source").value("stagegate"))
                .andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s)[^0-9].*", ""));
    }

    static String scorecard(boolean met, int score, String recommendation) {
        return ("{\"recommendation\":\"%s\",\"comment\":\"c\",\"answers\":[{\"criterionIndex\":0,\"met\":%s},"
                + "{\"criterionIndex\":1,\"met\":%s},{\"criterionIndex\":2,\"score\":%d},{\"criterionIndex\":3,\"score\":%d}]}")
                .formatted(recommendation, met, met, score, score);
    }

    @Test
    void gatekeepersScoreAndTheChairDecidesOnce() throws Exception {
        var project = fixtures.project(true);
        long review = startAndSchedule(project);
        String base = "/api/gate-reviews/" + review;
        send(post("/api/projects/" + project.id() + "/gate-reviews"),
                "{\"scheduledOn\":\"%s\",\"chairId\":%d}".formatted(LocalDate.now(), project.chair()), pmo)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("review-open"));

        send(put(base + "/scorecards/mine"), scorecard(true, 8, "GO"), staff).andExpect(status().isForbidden());
        send(put(base + "/scorecards/mine"), scorecard(true, 8, "GO"), pmo).andExpect(status().isForbidden());
        send(put(base + "/scorecards/mine"), scorecard(true, 8, "GO"), customer).andExpect(status().isNotFound());
        send(put(base + "/scorecards/mine"), scorecard(true, 11, "GO"), project.chairUser()).andExpect(status().isBadRequest());
        send(put(base + "/scorecards/mine"), "{\"recommendation\":\"GO\",\"answers\":[{\"criterionIndex\":0,\"met\":true}]}",
                project.chairUser()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[1].met"));
        assertThat(count("select count(*) from scorecard where gate_review = ?", review)).isZero();
        send(put(base + "/scorecards/mine"), scorecard(true, 8, "GO"), project.chairUser()).andExpect(status().isOk());
        send(put(base + "/scorecards/mine"), scorecard(false, 6, "RECYCLE"), project.secondUser()).andExpect(status().isOk())
                .andExpect(jsonPath("$.result.passed").value(false))
                .andExpect(jsonPath("$.result.mustMeetsMet").value(false))
                .andExpect(jsonPath("$.result.weightedScore").value(70))
                .andExpect(jsonPath("$.scorecards", hasSize(2)));

        String go = "{\"decision\":\"GO\",\"rationale\":\"Good enough\",\"version\":%d,"
                + "\"conditions\":[{\"text\":\"Fix fit\",\"ownerId\":%d,\"dueOn\":\"2030-01-31\"}]%s}";
        long version = jdbc.queryForObject("select version from gate_review where id = ?", Long.class, review);
        send(post(base + "/decision"), go.formatted(version, project.second(), ""), project.secondUser())
                .andExpect(status().isForbidden());
        send(post(base + "/decision"), go.formatted(version, project.second(), ""), pmo).andExpect(status().isForbidden());
        send(post(base + "/decision"), go.formatted(version, project.second(), ""), project.chairUser())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("overrideJustification"));
        send(post(base + "/decision"), go.formatted(version - 1, project.second(), ""), project.chairUser())
                .andExpect(status().isConflict());
        send(post(base + "/decision"), "{\"decision\":\"GO\",\"version\":%d}".formatted(version), project.chairUser())
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from gate_decision where gate_review = ?", review)).isZero();

        send(post(base + "/decision"), go.formatted(version, project.second(),
                ",\"overrideJustification\":\"Fit is being fixed by the condition\""), project.chairUser())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.decision").value("GO"))
                .andExpect(jsonPath("$.decision.gatePassed").value(false))
                .andExpect(jsonPath("$.decision.conditions[0].ownerId").value(project.second()));
        send(post(base + "/decision"), go.formatted(version + 1, project.second(), ",\"overrideJustification\":\"x\""),
                project.chairUser()).andExpect(status().isConflict());
        send(put(base + "/scorecards/mine"), scorecard(true, 8, "GO"), project.chairUser()).andExpect(status().isConflict());
        mvc.perform(get("/api/projects/" + project.id() + "/lifecycle").with(as(staff)))
                .andExpect(jsonPath("$.currentStageName").value("Scoping"))
                .andExpect(jsonPath("$.decisions[0].overrideJustification").value("Fit is being fixed by the condition"));
        mvc.perform(get(base).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/" + project.id() + "/gate-reviews?size=5").with(as(staff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].state").value("DECIDED"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/projects/" + project.id() + "/gate-reviews?size=500").with(as(staff)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/gate-reviews/999999").with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void theFirstGateNeedsMarketingAndSalesLiaisons() throws Exception {
        var project = fixtures.project(false);
        long review = startAndSchedule(project);
        String base = "/api/gate-reviews/" + review;
        send(put(base + "/scorecards/mine"), scorecard(true, 9, "GO"), project.chairUser()).andExpect(status().isOk());
        mvc.perform(get(base).with(as(staff))).andExpect(jsonPath("$.missingLiaisons", hasSize(2)));
        long version = jdbc.queryForObject("select version from gate_review where id = ?", Long.class, review);
        send(post(base + "/decision"), "{\"decision\":\"GO\",\"rationale\":\"Go\",\"overrideJustification\":\"Anyway\","
                + "\"version\":%d}".formatted(version), project.chairUser())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("first-gate-liaisons-missing"));
        send(post(base + "/decision"), "{\"decision\":\"HOLD\",\"rationale\":\"Staff it first\",\"version\":%d}"
                .formatted(version), project.chairUser()).andExpect(status().isCreated());
        mvc.perform(get("/api/projects/" + project.id() + "/lifecycle").with(as(staff)))
                .andExpect(jsonPath("$.state").value("ON_HOLD")).andExpect(jsonPath("$.currentStage").value(0));
    }

    @Test
    void showsTheBoardByStage() throws Exception {
        var project = fixtures.project(true);
        send(post("/api/projects/" + project.id() + "/lifecycle"), "{}", pmo).andExpect(status().isCreated());
        mvc.perform(get("/api/portfolio/board").with(as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0].key").value("not-started"))
                .andExpect(jsonPath("$.columns[?(@.key == 'Discovery')].cards[?(@.code == '%s')]".formatted(project.code()))
                        .exists());
        mvc.perform(get("/api/portfolio/board?program=abc").with(as(staff))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/portfolio/board").with(as(customer))).andExpect(status().isNotFound());
    }
}

package org.integrationgateway.acceptance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.integrationgateway.acceptance.AcceptanceFixtures.asCustomer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.integrationgateway.acceptance.AcceptanceFixtures;
import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Acceptances;
import org.integrationgateway.acceptance.DefectInput;
import org.integrationgateway.acceptance.StepResult;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staff acceptance API: assigning (201, every refusal as a problem with nothing written), the lists, a task,
 * cancelling (stale version 409, decided task 409), a record with its document, the verification, one change request
 * per defect; and who may do what (manager writes, engineer reads, other staff 403, customers 404, anonymous 401).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class AcceptanceApiControllerTests extends JsonApiRequests {

    @Autowired AcceptanceFixtures fixtures;
    @Autowired Acceptances acceptances;

    Delivery d;
    Member manager;
    Member engineer;

    @BeforeEach
    void setUp() {
        d = fixtures.delivery();
        manager = d.shop().team().manager();
        engineer = d.shop().team().engineer();
    }

    String tasks() {
        return "/api/projects/" + d.project() + "/acceptance-tasks";
    }

    String body(String key, Long contact, String steps) {
        return """
                {"orderId":%d,"deliverableKey":"%s","title":"K7 base line acceptance","assigneeContact":%d,
                 "dueOn":"%s","steps":%s}""".formatted(d.orderA(), key, contact, LocalDate.now().plusDays(7), steps);
    }

    static final String STEPS = """
            [{"instruction":"Measure the conveyor height","expectedResult":"1,050 mm"},
             {"instruction":"Run ten minutes","expectedResult":"120 packs/min"}]""";

    @Test
    void theManagerAssignsAndTheTeamReads() throws Exception {
        send(post(tasks()), body("SPEC-1", d.shop().hannah(), STEPS), manager)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/acceptance/tasks/")))
                .andExpect(jsonPath("$.key").value(startsWith("AT-")))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.orderNumber").value(d.orderANumber()))
                .andExpect(jsonPath("$.assigneeName").value("Hannah Bellamy"))
                .andExpect(jsonPath("$.steps", hasSize(2)))
                .andExpect(jsonPath("$.steps[1].number").value(2))
                .andExpect(jsonPath("$.acceptanceId").doesNotExist());
        mvc.perform(get(tasks()).with(as(engineer))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].deliverableKey").value("SPEC-1"))
                .andExpect(jsonPath("$[0].stepsRecorded").value(0));
        mvc.perform(get("/api/projects/" + d.project() + "/acceptances").with(as(engineer))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void badInputIsAProblemAndNothingIsWritten() throws Exception {
        send(post(tasks()), body("SPEC-1", d.shop().hannah(), "[]"), manager)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("steps"));
        send(post(tasks()), body("SPEC-1", d.shop().hannah(),
                "[{\"instruction\":\"Look\",\"expectedResult\":\" \"}]"), manager)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("steps[0].expectedResult"));
        send(post(tasks()), body("SPEC-999", d.shop().hannah(), STEPS), manager)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("unknown-deliverable"));
        send(post(tasks()), body("SPEC-1", d.victor(), STEPS), manager)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("unknown-contact"));
        send(post(tasks()), "{\"orderId\":", manager).andExpect(status().isBadRequest());
        send(post(tasks()), body("SPEC-1", d.shop().hannah(), STEPS).replace(
                LocalDate.now().plusDays(7).toString(), "not-a-date"), manager).andExpect(status().isBadRequest());
        send(post(tasks()), body("SPEC-1", d.shop().hannah(), STEPS), engineer)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("not-project-manager"));
        send(post(tasks()), body("SPEC-1", d.shop().hannah(), STEPS), d.shop().team().outsider())
                .andExpect(status().isForbidden());
        send(post(tasks()), body("SPEC-1", d.shop().hannah(), STEPS), d.hannahAccount()).andExpect(status().isNotFound());
        anonymous(post(tasks()), body("SPEC-1", d.shop().hannah(), STEPS)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from acceptance_task where project = ?", Integer.class,
                d.project())).isZero();
    }

    @Test
    void cancellingTakesTheCurrentVersionAndADecidedTaskNeverChanges() throws Exception {
        AcceptanceTask task = fixtures.task(d);
        String path = "/api/acceptance/tasks/" + task.getId();
        send(post(path + "/cancel"), "{\"reason\":\"Wrong item\"}", manager)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(post(path + "/cancel"), "{\"reason\":\"Wrong item\",\"version\":" + (task.getVersion() + 1) + "}", manager)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        send(post(path + "/cancel"), "{\"reason\":\"Wrong item\",\"version\":" + task.getVersion() + "}", engineer)
                .andExpect(status().isForbidden());
        AcceptanceRecord record = accepted(task);
        Map<String, Object> before = jdbc.queryForMap("select * from acceptance_record where id = ?", record.getId());
        long version = jdbc.queryForObject("select version from acceptance_task where id = ?", Long.class, task.getId());
        send(post(path + "/cancel"), "{\"reason\":\"Too late\",\"version\":" + version + "}", manager)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("task-closed"));
        assertThat(jdbc.queryForMap("select * from acceptance_record where id = ?", record.getId())).isEqualTo(before);
        mvc.perform(get(path).with(as(engineer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptanceId").value(record.getId()))
                .andExpect(jsonPath("$.steps[0].result").value("PASS"));
    }

    @Test
    void theRecordItsVerificationAndOneChangeRequestPerDefect() throws Exception {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceRecord record = rejected(task);
        String path = "/api/acceptance/records/" + record.getId();
        String json = mvc.perform(get(path).with(as(engineer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("A-" + record.getId()))
                .andExpect(jsonPath("$.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.orderNumber").value(d.orderANumber()))
                .andExpect(jsonPath("$.defects[0].title").value("Throughput 98 packs/min"))
                .andExpect(jsonPath("$.defects[0].changeRequestId").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String content = com.jayway.jsonpath.JsonPath.read(json, "$.content");
        String hash = com.jayway.jsonpath.JsonPath.read(json, "$.contentHash");
        assertThat(hash).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8))));
        mvc.perform(get(path + "/verification").with(as(manager))).andExpect(status().isOk())
                .andExpect(jsonPath("$.hashMatches").value(true)).andExpect(jsonPath("$.documentMatches").value(true))
                .andExpect(jsonPath("$.deliverableUnchanged").value(true)).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.recomputedHash").value(hash));
        mvc.perform(get("/api/projects/" + d.project() + "/acceptances").with(as(manager)))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].contentHash").value(hash))
                .andExpect(jsonPath("$[0].content").doesNotExist());

        mvc.perform(post(path + "/defects/1/change-request").with(as(engineer))).andExpect(status().isForbidden());
        mvc.perform(post(path + "/defects/2/change-request").with(as(manager))).andExpect(status().isBadRequest());
        mvc.perform(post(path + "/defects/1/change-request").with(as(manager)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/change-requests/")))
                .andExpect(jsonPath("$.defect").value(1));
        mvc.perform(post(path + "/defects/1/change-request").with(as(manager)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("defect-change-raised"));
        mvc.perform(get(path).with(as(manager))).andExpect(jsonPath("$.defects[0].changeRequestId").isNumber());

        for (String read : List.of(path, path + "/verification", "/api/acceptance/tasks/" + task.getId(), tasks(),
                "/api/projects/" + d.project() + "/acceptances")) {
            mvc.perform(get(read).with(as(d.shop().team().outsider()))).andExpect(status().isForbidden());
            mvc.perform(get(read).with(as(d.victorAccount()))).andExpect(status().isNotFound());
            mvc.perform(get(read)).andExpect(status().isUnauthorized());
        }
    }

    AcceptanceRecord accepted(AcceptanceTask task) {
        AcceptanceTask run = asCustomer(d.hannahAccount(), () -> {
            AcceptanceTask one = acceptances.recordStep(task.getId(), null, 1, StepResult.PASS, null);
            return acceptances.recordStep(task.getId(), one.getVersion(), 2, StepResult.PASS, null);
        });
        return asCustomer(d.hannahAccount(), () -> acceptances.accept(task.getId(), run.getVersion(), "Fine"));
    }

    AcceptanceRecord rejected(AcceptanceTask task) {
        AcceptanceTask run = asCustomer(d.hannahAccount(), () -> {
            AcceptanceTask one = acceptances.recordStep(task.getId(), null, 1, StepResult.PASS, null);
            return acceptances.recordStep(task.getId(), one.getVersion(), 2, StepResult.FAIL, "98 packs/min");
        });
        return asCustomer(d.hannahAccount(), () -> acceptances.reject(task.getId(), run.getVersion(), "Too slow",
                List.of(new DefectInput("Throughput 98 packs/min", "Needs 120.", 2))));
    }
}

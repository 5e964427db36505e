package org.integrationgateway.acceptance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.integrationgateway.acceptance.AcceptanceFixtures;
import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Acceptances;
import org.integrationgateway.acceptance.DefectInput;
import org.integrationgateway.acceptance.StepResult;
import org.integrationgateway.identity.CurrentUser;
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
 * The portal acceptance API: the whole flow as JSON, the document's SHA-256 reproducible by anyone, records read only,
 * RFC 9457 problems for bad input (nothing written), 403 for a colleague who is not the assignee, 404 for another
 * organisation without names, 409 for a stale version.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class PortalAcceptanceApiControllerTests extends JsonApiRequests {

    @Autowired AcceptanceFixtures fixtures;
    @Autowired Acceptances acceptances;
    Delivery d;
    AcceptanceTask task;
    CurrentUser hannah;
    String base;

    @BeforeEach
    void setUp() {
        d = fixtures.delivery();
        task = fixtures.task(d);
        hannah = d.hannahAccount();
        base = "/api/portal/acceptance/tasks/" + task.getId();
    }

    long version() {
        return AcceptanceFixtures.asCustomer(hannah, () -> acceptances.task(task.getId())).getVersion();
    }

    long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    long recordedSteps() {
        return jdbc.queryForObject("select count(*) from acceptance_step where acceptance_task = ? and result is not null",
                Long.class, task.getId());
    }

    AcceptanceTask runAllSteps(StepResult second) {
        return AcceptanceFixtures.asCustomer(hannah, () -> {
            AcceptanceTask first = acceptances.recordStep(task.getId(), null, 1, StepResult.PASS, "1,050 mm");
            return acceptances.recordStep(task.getId(), first.getVersion(), 2, second, "96 packs/min");
        });
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hannahRecordsTheStepsAcceptsAndAnyoneCanRecomputeTheHash() throws Exception {
        mvc.perform(get("/api/portal/acceptance/tasks").with(as(hannah))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + task.getId() + ")].title").value("K7 base line acceptance"))
                .andExpect(jsonPath("$[?(@.id == " + task.getId() + ")].assignedToMe").value(true))
                .andExpect(jsonPath("$[?(@.id == " + task.getId() + ")].orderNumber").value(d.orderANumber()));
        mvc.perform(get("/api/portal/acceptance/tasks").param("orderId", String.valueOf(d.orderA())).with(as(hannah)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(base).with(as(hannah))).andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("AT-" + task.getId()))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.deliverable.itemKey").value("SPEC-1"))
                .andExpect(jsonPath("$.steps.length()").value(2))
                .andExpect(jsonPath("$.steps[0].instruction").value("Measure the conveyor height at the infeed"))
                .andExpect(jsonPath("$.actions", is(List.of("RECORD_STEP", "ACCEPT", "REJECT"))))
                .andExpect(content().string(not(containsString("cost"))));

        send(post(base + "/steps/1"), "{\"result\":\"PASS\",\"note\":\"1,050 mm measured\",\"version\":" + version() + "}", hannah)
                .andExpect(status().isOk()).andExpect(jsonPath("$.steps[0].result").value("PASS"))
                .andExpect(jsonPath("$.steps[0].recordedBy").value("Hannah Bellamy"));
        send(post(base + "/steps/2"), "{\"result\":\"PASS\",\"note\":\"120 packs/min\",\"version\":" + version() + "}", hannah)
                .andExpect(status().isOk()).andExpect(jsonPath("$.steps[1].note").value("120 packs/min"));
        String body = send(post(base + "/accept"), "{\"comment\":\"All good\",\"version\":" + version() + "}", hannah)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/portal/acceptance/records/")))
                .andExpect(jsonPath("$.outcome").value("ACCEPTED"))
                .andExpect(jsonPath("$.decidedBy").value("Hannah Bellamy"))
                .andExpect(jsonPath("$.comment").value("All good"))
                .andExpect(jsonPath("$.firstTime").value(true))
                .andReturn().getResponse().getContentAsString();
        long recordId = ((Number) JsonPath.read(body, "$.id")).longValue();
        String document = JsonPath.read(body, "$.content");
        String hash = JsonPath.read(body, "$.contentHash");
        assertThat(document).startsWith("Integration Gateway acceptance record v1\n").contains("deliverable: SPEC-1\n");
        assertThat(sha256(document)).isEqualTo(hash);

        String record = "/api/portal/acceptance/records/" + recordId;
        mvc.perform(get(record).with(as(d.peterAccount()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.contentHash").value(hash)).andExpect(jsonPath("$.steps[1].result").value("PASS"));
        mvc.perform(get(record + "/verification").with(as(hannah))).andExpect(status().isOk())
                .andExpect(jsonPath("$.storedHash").value(hash)).andExpect(jsonPath("$.recomputedHash").value(hash))
                .andExpect(jsonPath("$.hashMatches").value(true)).andExpect(jsonPath("$.documentMatches").value(true))
                .andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.deliverableUnchanged").value(true));
        mvc.perform(get(base).with(as(hannah))).andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.recordId").value(recordId)).andExpect(jsonPath("$.actions.length()").value(0));

        // Records are read only: nothing changes or deletes one.
        for (var request : List.of(put(record), patch(record), delete(record))) {
            send(request, "{\"comment\":\"changed\"}", hannah)
                    .andExpect(status().is(anyOf(is(404), is(405))));
        }
        send(post(base + "/accept"), "{\"comment\":\"again\",\"version\":" + version() + "}", hannah)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("changes no more")));
        assertThat(rows("acceptance_record where acceptance_task = " + task.getId())).isEqualTo(1);
        AcceptanceRecord stored = AcceptanceFixtures.asCustomer(hannah, () -> acceptances.record(recordId));
        assertThat(stored.getContentHash()).isEqualTo(hash);
        assertThat(stored.getComment()).isEqualTo("All good");
    }

    @Test
    void aRejectionListsDefectsAndEachRaisesOneChangeRequest() throws Exception {
        runAllSteps(StepResult.FAIL);
        String body = send(post(base + "/reject"), "{\"comment\":\"Too slow\",\"version\":" + version()
                + ",\"defects\":[{\"title\":\"Throughput below 120 packs/min\",\"description\":\"96 measured\",\"step\":2},"
                + "{\"title\":\"Film breaks\"}]}", hannah)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.defects.length()").value(2))
                .andExpect(jsonPath("$.defects[0].step").value(2))
                .andExpect(jsonPath("$.defects[0].changeRequest").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long recordId = ((Number) JsonPath.read(body, "$.id")).longValue();
        String record = "/api/portal/acceptance/records/" + recordId;
        long changes = rows("change_request");
        String raised = mvc.perform(post(record + "/defects/2/change-request").with(as(d.peterAccount())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.defect").value(2))
                .andExpect(jsonPath("$.changeRequest.key", containsString("CR-")))
                .andExpect(jsonPath("$.raisedBy").value("Peter Lang"))
                .andReturn().getResponse().getContentAsString();
        long cr = ((Number) JsonPath.read(raised, "$.changeRequest.id")).longValue();
        assertThat(jdbc.queryForObject("select origin from change_request where id = ?", String.class, cr))
                .isEqualTo("CUSTOMER");
        mvc.perform(get(record).with(as(hannah))).andExpect(status().isOk())
                .andExpect(jsonPath("$.defects[1].changeRequest.key").value("CR-" + cr))
                .andExpect(jsonPath("$.defects[0].changeRequest").isEmpty());
        mvc.perform(post(record + "/defects/2/change-request").with(as(hannah))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(post(record + "/defects/3/change-request").with(as(hannah))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("defect"));
        assertThat(rows("change_request")).isEqualTo(changes + 1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
        long records = rows("acceptance_record");
        long v = version();
        send(post(base + "/steps/1"), "{\"result\":\"MAYBE\",\"version\":" + v + "}", hannah)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        send(post(base + "/steps/1"), "{\"note\":\"no result\",\"version\":" + v + "}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("result"));
        send(post(base + "/steps/1"), "{\"result\":\"FAIL\",\"version\":" + v + "}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        send(post(base + "/steps/1"), "{\"result\":\"PASS\",\"note\":\"no version\"}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(post(base + "/steps/3"), "{\"result\":\"PASS\",\"version\":" + v + "}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("step"));
        send(post(base + "/steps/1"), "{\"result\":\"PASS\",\"note\":\"" + "x".repeat(2001) + "\",\"version\":" + v + "}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(recordedSteps()).isZero();

        send(post(base + "/accept"), "{\"version\":" + v + "}", hannah)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("no result yet")));
        runAllSteps(StepResult.FAIL);
        v = version();
        send(post(base + "/accept"), "{\"version\":" + v + "}", hannah)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("A step failed")));
        send(post(base + "/reject"), "{\"version\":" + v + ",\"defects\":[]}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("defects"));
        send(post(base + "/reject"), "{\"version\":" + v + ",\"defects\":[{\"title\":\" \"}]}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("defects[0].title"));
        send(post(base + "/reject"), "{\"version\":" + v + ",\"defects\":[{\"title\":\"x\",\"step\":7}]}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("defects[0].step"));
        send(post(base + "/reject"), "{\"defects\":[{\"title\":\"x\"}]}", hannah)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(rows("acceptance_record")).isEqualTo(records);
        assertThat(rows("acceptance_defect where acceptance_record in (select id from acceptance_record where"
                + " acceptance_task = " + task.getId() + ")")).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        long stale = version();
        send(post(base + "/steps/1"), "{\"result\":\"PASS\",\"note\":\"first\",\"version\":" + stale + "}", hannah)
                .andExpect(status().isOk());
        send(post(base + "/steps/1"), "{\"result\":\"FAIL\",\"note\":\"second\",\"version\":" + stale + "}", hannah)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type", containsString("stale-version")));
        mvc.perform(get(base).with(as(hannah))).andExpect(jsonPath("$.steps[0].note").value("first"));
        runAllSteps(StepResult.PASS);
        send(post(base + "/accept"), "{\"version\":" + stale + "}", hannah).andExpect(status().isConflict());
        assertThat(rows("acceptance_record where acceptance_task = " + task.getId())).isZero();
    }

    @Test
    void peterReadsButOnlyTheAssigneeRecordsAndDecides() throws Exception {
        CurrentUser peter = d.peterAccount();
        mvc.perform(get(base).with(as(peter))).andExpect(status().isOk())
                .andExpect(jsonPath("$.assignedToMe").value(false)).andExpect(jsonPath("$.actions.length()").value(0));
        send(post(base + "/steps/1"), "{\"result\":\"PASS\",\"note\":\"x\",\"version\":" + version() + "}", peter)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type", containsString("not-assignee")));
        runAllSteps(StepResult.PASS);
        send(post(base + "/accept"), "{\"version\":" + version() + "}", peter).andExpect(status().isForbidden());
        send(post(base + "/reject"), "{\"version\":" + version() + ",\"defects\":[{\"title\":\"x\"}]}", peter)
                .andExpect(status().isForbidden());
        assertThat(rows("acceptance_record where acceptance_task = " + task.getId())).isZero();
    }

    @Test
    void anotherOrganisationGets404WithoutNamesAndStaffAndAnonymousHaveNoPortal() throws Exception {
        AcceptanceRecord rejection = AcceptanceFixtures.asCustomer(hannah, () -> {
            AcceptanceTask run = runAllSteps(StepResult.FAIL);
            return acceptances.reject(task.getId(), run.getVersion(), "no", List.of(new DefectInput("Slow", null, 2)));
        });
        CurrentUser victor = d.victorAccount();
        String record = "/api/portal/acceptance/records/" + rejection.getId();
        mvc.perform(get("/api/portal/acceptance/tasks").with(as(victor))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("K7 base line acceptance")), not(containsString("Hannah")))));
        mvc.perform(get("/api/portal/acceptance/tasks").param("orderId", String.valueOf(d.orderA())).with(as(victor)))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("Bellamy"))));
        for (String url : List.of(base, record, record + "/verification")) {
            mvc.perform(get(url).with(as(victor))).andExpect(status().isNotFound())
                    .andExpect(content().string(allOf(not(containsString("Bellamy")), not(containsString("Hannah")),
                            not(containsString("SPEC-1")))));
        }
        long changes = rows("change_request");
        for (String url : List.of(base + "/steps/1", base + "/accept", base + "/reject", record + "/defects/1/change-request")) {
            send(post(url), "{\"result\":\"PASS\",\"note\":\"x\",\"version\":1,\"defects\":[{\"title\":\"x\"}]}", victor)
                    .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("Hannah"))));
        }
        assertThat(rows("change_request")).isEqualTo(changes);
        send(get(base), "", d.shop().team().manager()).andExpect(status().isForbidden());
        anonymous(get(base), "").andExpect(status().isUnauthorized());
        anonymous(post(base + "/steps/1"), "{\"result\":\"PASS\"}").andExpect(status().isUnauthorized());
    }
}

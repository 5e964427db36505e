package org.integrationgateway.acceptance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.integrationgateway.acceptance.AcceptanceFixtures.asCustomer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The project team's acceptance pages: the project page (empty states, lists, the assign form with blank rows
 * ignored and refusals inline, the live endpoint), the task page and cancelling, the record page with its document,
 * hash, verification and one-click change requests; and who may do what (manager writes, engineer reads, other staff
 * 403, customers 404, anonymous to the sign-in page).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class AcceptanceWebControllerTests extends JsonApiRequests {

    @Autowired AcceptanceFixtures fixtures;
    @Autowired Acceptances acceptances;

    Delivery d;
    Member manager;
    Member engineer;
    Member outsider;

    @BeforeEach
    void setUp() {
        d = fixtures.delivery();
        manager = d.shop().team().manager();
        engineer = d.shop().team().engineer();
        outsider = d.shop().team().outsider();
    }

    String page() {
        return "/projects/" + d.project() + "/acceptance";
    }

    @Test
    void theProjectPageShowsEmptyStatesAndTheAssignFormToTheManager() throws Exception {
        mvc.perform(get(page()).with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No acceptance tasks yet"),
                        containsString("No decisions yet"), containsString("data-testid=\"assign-form\""),
                        containsString(d.orderANumber()), containsString(d.orderBNumber()),
                        containsString("Hannah Bellamy"), containsString("Peter Lang"),
                        containsString("data-testid=\"step-row-5\""), not(containsString("data-testid=\"step-row-6\"")),
                        containsString("data-live-topics=\"project:" + d.project() + "\""),
                        containsString("/projects/" + d.project() + "/acceptance/live"))));
        mvc.perform(get("/projects/" + d.project()).with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"acceptance-link\"")));
    }

    @Test
    void theManagerAssignsWithBlankRowsIgnored() throws Exception {
        mvc.perform(assign().param("steps[0].instruction", "Measure the conveyor height")
                        .param("steps[0].expectedResult", "1,050 mm")
                        .param("steps[2].instruction", "Run ten minutes").param("steps[2].expectedResult", "120 packs/min")
                        .param("steps[4].instruction", " ").param("steps[4].expectedResult", "")
                        .with(as(manager)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(page() + "#acceptance-task-*"))
                .andExpect(flash().attributeExists("flash"));
        Long task = jdbc.queryForObject("select id from acceptance_task where project = ?", Long.class, d.project());
        assertThat(jdbc.queryForList("select instruction from acceptance_step where acceptance_task = ? order by position",
                String.class, task)).containsExactly("Measure the conveyor height", "Run ten minutes");
        mvc.perform(get(page()).with(as(engineer))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"acceptance-task-" + task + "\""),
                        containsString("0 of 2 steps"), containsString("data-testid=\"task-state\""),
                        not(containsString("data-testid=\"assign-form\"")))));
    }

    @Test
    void refusalsShowNextToTheirRowAndNothingIsWritten() throws Exception {
        mvc.perform(assign().param("steps[2].instruction", "Run ten minutes").with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"steps[2].expectedResult-error\""),
                        containsString("Fill in the result expected of this step."), containsString("is-invalid"))));
        mvc.perform(assign(LocalDate.now().minusDays(2))
                        .param("steps[0].instruction", "Look").param("steps[0].expectedResult", "Fine").with(as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"dueOn-error\"")));
        mvc.perform(assign().with(as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"steps-error\"")));
        mvc.perform(assign(LocalDate.now(), "SPEC-999").param("steps[0].instruction", "Look")
                        .param("steps[0].expectedResult", "Fine").with(as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"deliverableKey-error\"")));
        mvc.perform(assign().param("addRows", "true").with(as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"step-row-10\"")));
        assertThat(jdbc.queryForObject("select count(*) from acceptance_task where project = ?", Integer.class,
                d.project())).isZero();
    }

    @Test
    void whoMaySeeAndChangeWhat() throws Exception {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceRecord record = rejected(task);
        for (String path : List.of(page(), page() + "/live", "/acceptance/tasks/" + task.getId(),
                "/acceptance/records/" + record.getId(), "/acceptance/records/" + record.getId() + "/verification")) {
            mvc.perform(get(path).with(as(engineer))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(d.hannahAccount()))).andExpect(status().isNotFound());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(assign().param("steps[0].instruction", "Look").param("steps[0].expectedResult", "Fine")
                .with(as(engineer))).andExpect(status().isForbidden());
        mvc.perform(post("/acceptance/records/" + record.getId() + "/defects/1/change-request").with(as(engineer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/acceptance/records/" + record.getId() + "/defects/1/change-request").with(as(d.hannahAccount())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/acceptance/records/" + record.getId()).with(as(engineer)))
                .andExpect(content().string(not(containsString("data-testid=\"raise-defect-1\""))));
        assertThat(jdbc.queryForObject("select count(*) from acceptance_defect_change where acceptance_record = ?",
                Integer.class, record.getId())).isZero();
    }

    @Test
    void theLiveEndpointRedrawsTheTaskStateAndTheNewRecord() throws Exception {
        AcceptanceTask task = fixtures.task(d);
        mvc.perform(get(page() + "/live").with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"acceptance-live-tasks\""),
                        containsString("id=\"acceptance-live-records\""), containsString(">Open<"),
                        not(containsString("data-testid=\"acceptance-records\"")))));
        AcceptanceTask run = asCustomer(d.hannahAccount(), () -> {
            AcceptanceTask one = acceptances.recordStep(task.getId(), null, 1, StepResult.PASS, null);
            return acceptances.recordStep(task.getId(), one.getVersion(), 2, StepResult.PASS, null);
        });
        AcceptanceRecord record = asCustomer(d.hannahAccount(), () -> acceptances.accept(task.getId(), run.getVersion(),
                "Fine"));
        mvc.perform(get(page() + "/live").with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"acceptance-task-" + task.getId() + "\""),
                        containsString(">Accepted<"), containsString("2 of 2 steps"),
                        containsString("data-testid=\"acceptance-records\""),
                        containsString("data-testid=\"acceptance-record-" + record.getId() + "\""),
                        containsString(record.getContentHash().substring(0, 12)),
                        not(containsString("No decisions yet")), not(containsString("No acceptance tasks yet")))));
    }

    @Test
    void theTaskPageShowsTheStepsAndTheManagerCancelsWithTheCurrentVersion() throws Exception {
        AcceptanceTask task = fixtures.task(d);
        String path = "/acceptance/tasks/" + task.getId();
        mvc.perform(get(path).with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Measure the conveyor height at the infeed"),
                        containsString("data-testid=\"cancel-form\""), containsString("Not run yet"))));
        mvc.perform(get(path).with(as(engineer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"cancel-form\""))));
        mvc.perform(post(path + "/cancel").param("version", String.valueOf(task.getVersion() + 1))
                        .param("reason", "Wrong item").with(as(manager)))
                .andExpect(redirectedUrl(path)).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(path + "/cancel").param("version", String.valueOf(task.getVersion()))
                        .param("reason", " ").with(as(manager)))
                .andExpect(redirectedUrl(path)).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(path + "/cancel").param("version", String.valueOf(task.getVersion()))
                .param("reason", "Wrong item").with(as(engineer))).andExpect(status().isForbidden());
        assertThat(state(task)).isEqualTo("OPEN");
        mvc.perform(post(path + "/cancel").param("version", String.valueOf(task.getVersion()))
                        .param("reason", "Wrong item").with(as(manager)))
                .andExpect(redirectedUrl(path)).andExpect(flash().attributeExists("flash"));
        assertThat(state(task)).isEqualTo("CANCELLED");
        mvc.perform(get(path).with(as(manager))).andExpect(content().string(allOf(containsString("Wrong item"),
                not(containsString("data-testid=\"cancel-form\"")))));
    }

    @Test
    void theRecordPageShowsTheDocumentVerifiesAndRaisesAChangeRequestOnce() throws Exception {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceRecord record = rejected(task);
        String path = "/acceptance/records/" + record.getId();
        mvc.perform(get(path).with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(record.getContentHash()),
                        containsString("data-testid=\"record-document\""),
                        containsString("Integration Gateway acceptance record v1"),
                        containsString("data-testid=\"verify\""), containsString("data-testid=\"raise-defect-1\""),
                        containsString("Throughput 98 packs/min"), not(containsString("Hash matches")))));
        mvc.perform(get(path).param("verify", "true").with(as(manager))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hash matches"), containsString("Document matches"),
                        containsString("Deliverable unchanged since"))));
        mvc.perform(get(path + "/verification").with(as(engineer))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"verification\""),
                        containsString("Hash matches"), not(containsString("<html")))));
        jdbc.update("update acceptance_record set comment = 'edited' where id = ?", record.getId());
        mvc.perform(get(path + "/verification").with(as(manager)))
                .andExpect(content().string(containsString("Document does not match")));

        mvc.perform(post(path + "/defects/1/change-request").with(as(manager)))
                .andExpect(redirectedUrl(path + "#defect-1")).andExpect(flash().attributeExists("flash"));
        Long request = jdbc.queryForObject("select change_request from acceptance_defect_change where acceptance_record = ?",
                Long.class, record.getId());
        assertThat(jdbc.queryForObject("select origin || ':' || source_kind || ':' || source_reference from change_request "
                + "where id = ?", String.class, request))
                .isEqualTo("CUSTOMER:CUSTOMER_REQUEST:acceptance:" + record.getId() + ":1");
        mvc.perform(post(path + "/defects/1/change-request").with(as(manager)))
                .andExpect(redirectedUrl(path + "#defect-1")).andExpect(flash().attributeExists("flashError"));
        mvc.perform(get(path).with(as(manager)))
                .andExpect(content().string(allOf(containsString("/changes/" + request),
                        not(containsString("data-testid=\"raise-defect-1\"")))));
        assertThat(jdbc.queryForObject("select count(*) from acceptance_defect_change where acceptance_record = ?",
                Integer.class, record.getId())).isEqualTo(1);
    }

    MockHttpServletRequestBuilder assign() {
        return assign(LocalDate.now().plusDays(7));
    }

    MockHttpServletRequestBuilder assign(LocalDate dueOn) {
        return assign(dueOn, "SPEC-1");
    }

    MockHttpServletRequestBuilder assign(LocalDate dueOn, String deliverableKey) {
        return post(page() + "/tasks").param("orderId", String.valueOf(d.orderA())).param("deliverableKey", deliverableKey)
                .param("title", "K7 base line acceptance").param("assigneeContact", String.valueOf(d.shop().hannah()))
                .param("dueOn", dueOn.toString());
    }

    AcceptanceRecord rejected(AcceptanceTask task) {
        AcceptanceTask run = asCustomer(d.hannahAccount(), () -> {
            AcceptanceTask one = acceptances.recordStep(task.getId(), null, 1, StepResult.PASS, null);
            return acceptances.recordStep(task.getId(), one.getVersion(), 2, StepResult.FAIL, "98 packs/min");
        });
        return asCustomer(d.hannahAccount(), () -> acceptances.reject(task.getId(), run.getVersion(), "Too slow",
                List.of(new DefectInput("Throughput 98 packs/min", "Needs 120.", 2))));
    }

    String state(AcceptanceTask task) {
        return jdbc.queryForObject("select state from acceptance_task where id = ?", String.class, task.getId());
    }
}

package org.integrationgateway.acceptance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The portal's acceptance pages: Hannah runs the steps (form post and htmx), accepts, sees the hash verified; rejects
 * with defects and raises a change request from one; bad input inline with nothing written; Peter reads only; Victor
 * (another organisation) and staff find nothing; a stale version is a conflict.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class PortalAcceptanceWebControllerTests extends JsonApiRequests {

    @Autowired AcceptanceFixtures fixtures;
    @Autowired Acceptances acceptances;
    Delivery d;
    AcceptanceTask task;
    CurrentUser hannah;

    @BeforeEach
    void setUp() {
        d = fixtures.delivery();
        task = fixtures.task(d);
        hannah = d.hannahAccount();
    }

    String taskUrl() {
        return "/portal/acceptance/tasks/" + task.getId();
    }

    AcceptanceTask current() {
        return AcceptanceFixtures.asCustomer(hannah, () -> acceptances.task(task.getId()));
    }

    AcceptanceTask runAllSteps(StepResult second, String note) {
        return AcceptanceFixtures.asCustomer(hannah, () -> {
            AcceptanceTask first = acceptances.recordStep(task.getId(), null, 1, StepResult.PASS, "1,050 mm");
            return acceptances.recordStep(task.getId(), first.getVersion(), 2, second, note);
        });
    }

    long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    long recordedSteps() {
        return jdbc.queryForObject("select count(*) from acceptance_step where acceptance_task = ? and result is not null",
                Long.class, task.getId());
    }

    @Test
    void hannahRunsTheStepsAcceptsAndSeesTheHashVerified() throws Exception {
        mvc.perform(get("/portal/acceptance").with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"portal-task-" + task.getId() + "\""),
                        containsString("K7 base line acceptance"), containsString("0 of 2 steps recorded"),
                        containsString("Nothing has been decided yet."), not(containsString("Nothing is waiting")),
                        not(containsString("There are no acceptance tasks")))));
        mvc.perform(get(taskUrl()).with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"step-1\""),
                        containsString("data-testid=\"step-2-save\""), containsString("data-testid=\"accept-form\""),
                        containsString("data-testid=\"reject-form\""), containsString(d.orderANumber()),
                        containsString("Measure the conveyor height at the infeed"),
                        containsString("hx-select-oob=\"#task-progress,#version-step-2,#version-accept,#version-reject\""))));

        mvc.perform(post(taskUrl() + "/steps/1").with(as(hannah)).param("result", "PASS")
                        .param("note", "1,050 mm measured").param("version", String.valueOf(task.getVersion())))
                .andExpect(redirectedUrl(taskUrl() + "#step-card-1"))
                .andExpect(flash().attribute("flash", "Step 1 was saved."));
        // The htmx save: the answer is the page after the redirect, of which the card and the progress are taken.
        mvc.perform(post(taskUrl() + "/steps/2").with(as(hannah)).header("HX-Request", "true").param("result", "PASS")
                        .param("note", "120 packs/min").param("version", String.valueOf(current().getVersion())))
                .andExpect(redirectedUrl(taskUrl() + "#step-card-2"));
        mvc.perform(get(taskUrl()).with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 of 2 steps recorded"),
                        containsString("1,050 mm measured"), containsString("120 packs/min"),
                        containsString("data-testid=\"step-2-result\" data-result=\"PASS\""))));

        String location = mvc.perform(post(taskUrl() + "/accept").with(as(hannah)).param("comment", "All good")
                        .param("version", String.valueOf(current().getVersion())))
                .andExpect(redirectedUrlPattern("/portal/acceptance/records/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long recordId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        AcceptanceRecord record = AcceptanceFixtures.asCustomer(hannah, () -> acceptances.record(recordId));
        mvc.perform(get(location).with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(record.getContentHash()),
                        containsString("data-testid=\"record-hash\""), containsString("data-testid=\"verify\""),
                        containsString("All good"), containsString("SPEC-1"), containsString(record.getBaselineLabel()),
                        containsString(record.getRevisionLabel()), not(containsString("data-testid=\"verification\"")))));
        mvc.perform(get(location).param("verify", "true").with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"verification\""),
                        containsString("The hash matches"), containsString("data-intact=\"true\""))));
        mvc.perform(get("/portal/acceptance").with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Accepted"), containsString(record.key()))));
        // The task page now links to the record and offers no forms.
        mvc.perform(get(taskUrl()).with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"record-link\""),
                        not(containsString("data-testid=\"step-1\"")), not(containsString("data-testid=\"accept-form\"")))));
    }

    @Test
    void hannahRejectsWithDefectsAndRaisesAChangeRequestFromOne() throws Exception {
        AcceptanceTask run = runAllSteps(StepResult.FAIL, "96 packs/min");
        String location = mvc.perform(post(taskUrl() + "/reject").with(as(hannah)).param("comment", "Too slow")
                        .param("version", String.valueOf(run.getVersion()))
                        .param("defects[0].title", "").param("defects[0].description", "")
                        .param("defects[1].title", "Throughput below 120 packs/min")
                        .param("defects[1].description", "Film breaks every few minutes").param("defects[1].step", "2")
                        .param("defects[2].title", "  "))
                .andExpect(redirectedUrlPattern("/portal/acceptance/records/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long recordId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        AcceptanceRecord record = AcceptanceFixtures.asCustomer(hannah, () -> acceptances.record(recordId));
        assertThat(record.getDefects()).singleElement().satisfies(defect -> {
            assertThat(defect.title()).isEqualTo("Throughput below 120 packs/min");
            assertThat(defect.step()).isEqualTo(2);
        });
        mvc.perform(get(location).with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rejected"), containsString("data-testid=\"defect-1-raise\""),
                        containsString("Throughput below 120 packs/min"))));

        long changes = rows("change_request");
        mvc.perform(post(location + "/defects/1/change-request").with(as(d.peterAccount())))
                .andExpect(redirectedUrl(location + "#defect-1"));
        assertThat(rows("change_request")).isEqualTo(changes + 1);
        long cr = jdbc.queryForObject("select change_request from acceptance_defect_change where acceptance_record = ?",
                Long.class, recordId);
        mvc.perform(get(location).with(as(hannah))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Raised as CR-" + cr),
                        containsString("data-testid=\"defect-1-change\""), not(containsString("data-testid=\"defect-1-raise\"")))));
        // Once per defect: a second click says so and raises nothing.
        mvc.perform(post(location + "/defects/1/change-request").with(as(hannah))).andExpect(status().isConflict())
                .andExpect(content().string(containsString("has raised its change request already")));
        mvc.perform(post(location + "/defects/2/change-request").with(as(hannah))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This rejection lists defects 1 to 1.")));
        assertThat(rows("change_request")).isEqualTo(changes + 1);
    }

    @Test
    void badInputIsShownInlineAndWritesNothing() throws Exception {
        long records = rows("acceptance_record");
        mvc.perform(post(taskUrl() + "/steps/1").with(as(hannah)).param("result", "MAYBE").param("note", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Choose pass or fail."), containsString("is-invalid"))));
        mvc.perform(post(taskUrl() + "/steps/1").with(as(hannah)).param("note", "forgot the result"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose pass or fail.")));
        mvc.perform(post(taskUrl() + "/steps/1").with(as(hannah)).param("result", "FAIL").param("note", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("step-1-note-error")));
        mvc.perform(post(taskUrl() + "/steps/9").with(as(hannah)).param("result", "PASS"))
                .andExpect(status().isBadRequest());
        assertThat(recordedSteps()).isZero();
        // With htmx the refused card answers 200 so that it is swapped in with its message.
        mvc.perform(post(taskUrl() + "/steps/1").with(as(hannah)).header("HX-Request", "true").param("result", "FAIL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("step-1-note-error")));
        assertThat(recordedSteps()).isZero();

        mvc.perform(post(taskUrl() + "/accept").with(as(hannah)).param("comment", "Too early"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("2 steps have no result yet"),
                        containsString("Too early"))));
        runAllSteps(StepResult.PASS, "122 packs/min");
        mvc.perform(post(taskUrl() + "/reject").with(as(hannah)).param("comment", "No defects listed")
                        .param("defects[0].title", "").param("defects[1].title", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("List at least one defect to reject the deliverable.")));
        mvc.perform(post(taskUrl() + "/reject").with(as(hannah))
                        .param("defects[0].title", "").param("defects[1].description", "No title given"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("defect-1-title-error"), containsString("No title given"))));
        mvc.perform(post(taskUrl() + "/accept").with(as(hannah)).param("comment", "x".repeat(2001)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("accept-comment-error")));
        assertThat(rows("acceptance_record")).isEqualTo(records);
        assertThat(current().isOpen()).isTrue();
    }

    @Test
    void aStaleVersionOrAClosedTaskIsAConflict() throws Exception {
        long stale = task.getVersion();
        runAllSteps(StepResult.PASS, "fine");
        mvc.perform(post(taskUrl() + "/steps/1").with(as(hannah)).param("result", "FAIL").param("note", "late")
                        .param("version", String.valueOf(stale)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("was changed by someone else in the meantime")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s)((?!changed by someone else).)*changed by someone else((?!changed by someone else).)*")));
        mvc.perform(post(taskUrl() + "/accept").with(as(hannah)).param("version", String.valueOf(stale)))
                .andExpect(status().isConflict());
        assertThat(current().getSteps().get(0).note()).isEqualTo("1,050 mm");
        AcceptanceFixtures.asCustomer(hannah, () -> acceptances.accept(task.getId(), null, "ok"));
        mvc.perform(post(taskUrl() + "/steps/1").with(as(hannah)).param("result", "PASS").param("note", "again"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This acceptance task is accepted and changes no more.")));
    }

    @Test
    void peterOfTheSameOrganisationReadsButNeitherRecordsNorDecides() throws Exception {
        CurrentUser peter = d.peterAccount();
        mvc.perform(get("/portal/acceptance").with(as(peter))).andExpect(status().isOk())
                .andExpect(content().string(containsString("K7 base line acceptance")));
        mvc.perform(get(taskUrl()).with(as(peter))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"read-only\""),
                        containsString("Measure the conveyor height"), not(containsString("data-testid=\"step-1\"")),
                        not(containsString("data-testid=\"accept-form\"")), not(containsString("data-testid=\"reject-form\"")))));
        mvc.perform(post(taskUrl() + "/steps/1").with(as(peter)).param("result", "PASS").param("note", "x"))
                .andExpect(status().isForbidden());
        runAllSteps(StepResult.PASS, "ok");
        mvc.perform(post(taskUrl() + "/accept").with(as(peter))).andExpect(status().isForbidden());
        mvc.perform(post(taskUrl() + "/reject").with(as(peter)).param("defects[0].title", "x"))
                .andExpect(status().isForbidden());
        assertThat(rows("acceptance_record where acceptance_task = " + task.getId())).isZero();
    }

    @Test
    void anotherOrganisationsContactStaffAndAnonymousVisitorsFindNothing() throws Exception {
        AcceptanceRecord rejection = AcceptanceFixtures.asCustomer(hannah, () -> {
            AcceptanceTask run = runAllSteps(StepResult.FAIL, "slow");
            return acceptances.reject(task.getId(), run.getVersion(), "no", List.of(new DefectInput("Slow", null, 2)));
        });
        CurrentUser victor = d.victorAccount();
        String record = "/portal/acceptance/records/" + rejection.getId();
        for (String url : List.of(taskUrl(), record, record + "?verify=true")) {
            mvc.perform(get(url).with(as(victor))).andExpect(status().isNotFound())
                    .andExpect(content().string(allOf(not(containsString("Bellamy")), not(containsString("Hannah")),
                            not(containsString("SPEC-1")))));
        }
        mvc.perform(get("/portal/acceptance").with(as(victor))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("K7 base line acceptance")),
                        not(containsString("Hannah")), containsString("There are no acceptance tasks"),
                        not(containsString("Nothing has been decided yet.")))));
        long changes = rows("change_request");
        for (String url : List.of(taskUrl() + "/steps/1", taskUrl() + "/accept", taskUrl() + "/reject",
                record + "/defects/1/change-request")) {
            mvc.perform(post(url).with(as(victor)).param("result", "PASS").param("note", "x")
                    .param("defects[0].title", "x")).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Hannah"))));
        }
        assertThat(rows("change_request")).isEqualTo(changes);
        // Staff have no portal (403, as for every /portal page); anonymous visitors are sent to sign in.
        mvc.perform(get(taskUrl()).with(as(d.shop().team().manager()))).andExpect(status().isForbidden());
        mvc.perform(get("/portal/acceptance").with(as(d.shop().team().manager()))).andExpect(status().isForbidden());
        mvc.perform(get("/portal/acceptance")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}

package org.integrationgateway.stagegate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.StagegateFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class StagegateWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired StagegateFixtures fixtures;
    @Autowired Lifecycles lifecycles;
    @Autowired Gatekeeping gatekeeping;

    CurrentUser pmo;
    CurrentUser staff;
    CurrentUser customer;

    @BeforeEach
    void users() {
        pmo = users.create(Role.PMO);
        staff = users.create(Role.STAFF);
        customer = users.create(1L, Role.CUSTOMER_CONTACT);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser user) {
        return StagegateApiControllerTests.as(user);
    }

    @Test
    void theProjectPageLoadsTheLifecycleFragment() throws Exception {
        var project = fixtures.project(true);
        mvc.perform(get("/projects/{id}", project.id()).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/projects/" + project.id() + "/lifecycle\"")));
        mvc.perform(get("/projects/{id}/lifecycle", project.id()).with(as(pmo))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"start-lifecycle\"")));
        mvc.perform(post("/projects/{id}/lifecycle", project.id()).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/lifecycle", project.id()).with(as(pmo)))
                .andExpect(redirectedUrl("/projects/" + project.id() + "#lifecycle"));
        mvc.perform(get("/projects/{id}/lifecycle", project.id()).with(as(project.managerUser()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Discovery"), containsString("Idea brief"),
                        containsString("data-testid=\"schedule-review\""), containsString("aria-current=\"step\""))));
        mvc.perform(get("/projects/{id}/lifecycle", project.id()).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"schedule-review\""))));
        mvc.perform(get("/projects/{id}/lifecycle", project.id()).with(as(customer))).andExpect(status().isNotFound());
    }

    @Test
    void theLifecycleShowsAnInterruptionWithItsReasonAndStartInUtc() throws Exception {
        var project = fixtures.startedProject();
        lifecycles.interrupt(project.id(), "change-control", "CR-9", "Guard interlock can be bypassed");
        mvc.perform(get("/projects/{id}/lifecycle", project.id()).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Guard interlock can be bypassed"),
                        containsString("change-control CR-9"), containsString(" UTC"))));
    }

    @Test
    void schedulingShowsErrorsInlineAndSavesNothing() throws Exception {
        var project = fixtures.startedProject();
        mvc.perform(get("/projects/{id}/gate-reviews/new", project.id()).with(as(project.managerUser())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tom Achebe")));
        mvc.perform(get("/projects/{id}/gate-reviews/new", project.id()).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/gate-reviews", project.id()).with(as(project.managerUser()))
                        .param("scheduledOn", "").param("chairId", String.valueOf(project.chair()))
                        .param("gatekeeperIds", String.valueOf(project.chair())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"scheduledOn-error\"")));
        mvc.perform(post("/projects/{id}/gate-reviews", project.id()).with(as(project.managerUser()))
                        .param("scheduledOn", LocalDate.now().plusDays(2).toString()).param("chairId", String.valueOf(project.second()))
                        .param("gatekeeperIds", String.valueOf(project.chair())).param("gatekeeperIds", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"chairId-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from gate_review where project = ?", Integer.class, project.id())).isZero();
        mvc.perform(post("/projects/{id}/gate-reviews", project.id()).with(as(project.managerUser()))
                        .param("scheduledOn", LocalDate.now().plusDays(2).toString()).param("chairId", String.valueOf(project.chair()))
                        .param("gatekeeperIds", String.valueOf(project.chair()), String.valueOf(project.second())))
                .andExpect(redirectedUrlPattern("/gate-reviews/*"));
    }

    @Test
    void gatekeepersScoreAndTheChairDecidesOnTheReviewPage() throws Exception {
        var project = fixtures.startedProject();
        long review = gatekeeping.schedule(project.id(), LocalDate.now().plusDays(1), project.chair(), null).getId();
        mvc.perform(get("/gate-reviews/{id}", review).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Open deliverable: Idea brief"),
                        not(containsString("data-testid=\"score-form\"")), not(containsString("data-testid=\"decision-form\"")))));
        mvc.perform(get("/gate-reviews/{id}", review).with(as(project.secondUser()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"score-form\""),
                        not(containsString("data-testid=\"decision-form\"")))));
        mvc.perform(post("/gate-reviews/{id}/scorecard", review).with(as(staff)).param("recommendation", "GO"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gate-reviews/{id}/scorecard", review).with(as(project.secondUser()))
                        .param("recommendation", "GO").param("met[0]", "true").param("met[1]", "true").param("score[2]", "12"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"score-2-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from scorecard where gate_review = ?", Integer.class, review)).isZero();
        mvc.perform(post("/gate-reviews/{id}/scorecard", review).with(as(project.secondUser()))
                        .param("recommendation", "GO").param("met[0]", "true").param("met[1]", "true")
                        .param("score[2]", "8").param("score[3]", "7").param("notes[2]", "Strong demand"))
                .andExpect(redirectedUrl("/gate-reviews/" + review));
        long version = jdbc.queryForObject("select version from gate_review where id = ?", Long.class, review);
        mvc.perform(post("/gate-reviews/{id}/decision", review).with(as(project.chairUser()))
                        .param("decision", "GO").param("rationale", "").param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"rationale-error\"")));
        mvc.perform(post("/gate-reviews/{id}/decision", review).with(as(project.chairUser()))
                        .param("decision", "RECYCLE").param("rationale", "Redo").param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"reopen-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from gate_decision where gate_review = ?", Integer.class, review)).isZero();
        String due = LocalDate.now().plusDays(30).toString();
        mvc.perform(post("/gate-reviews/{id}/decision", review).with(as(project.chairUser()))
                        .param("decision", "GO").param("rationale", "Clear case").param("version", String.valueOf(version))
                        .param("conditions[1].text", "Confirm pricing").param("conditions[1].ownerId", String.valueOf(project.second()))
                        .param("conditions[1].dueOn", due)
                        .param("conditions[2].text", "Book the field trial"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"conditions[1].ownerId-error\""),
                        containsString("value=\"Confirm pricing\""))));
        assertThat(jdbc.queryForObject("select count(*) from gate_decision where gate_review = ?", Integer.class, review)).isZero();
        mvc.perform(post("/gate-reviews/{id}/decision", review).with(as(project.chairUser()))
                        .param("decision", "GO").param("rationale", "Clear case").param("version", String.valueOf(version))
                        .param("conditions[0].text", "Confirm pricing").param("conditions[0].ownerId", String.valueOf(project.second()))
                        .param("conditions[0].dueOn", due)
                        .param("conditions[2].text", "Book the field trial").param("conditions[2].ownerId", String.valueOf(project.chair()))
                        .param("conditions[2].dueOn", due))
                .andExpect(redirectedUrl("/gate-reviews/" + review));
        assertThat(lifecycles.view(project.id()).decisions()).singleElement()
                .satisfies(d -> assertThat(d.decision().getConditions()).extracting(c -> c.text())
                        .containsExactly("Confirm pricing", "Book the field trial"));
        mvc.perform(get("/gate-reviews/{id}", review).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"decision\""), containsString("Clear case"))));
        assertThat(lifecycles.lifecycle(project.id()).getCurrentStage()).isEqualTo(1);
    }

    @Test
    void boardAndTemplatePages() throws Exception {
        var project = fixtures.startedProject();
        mvc.perform(get("/portfolio/board").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-project=\"" + project.code() + "\""),
                        containsString("Not started"),
                        // project links as written; static links resolved to the webjar's version
                        containsString("href=\"/projects/" + project.id() + "\""),
                        containsString("/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css"))));
        mvc.perform(get("/portfolio/board").with(as(customer))).andExpect(status().isNotFound());
        // one link rewriter, ours: Spring Boot's own would ask the resource chain about every link again
        assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class).values()
                .stream().map(org.springframework.boot.web.servlet.FilterRegistrationBean::getFilter)
                .filter(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class::isInstance)
                .map(filter -> filter.getClass().getSimpleName()).toList())
                .containsExactly("StaticResourceUrlEncodingFilter");
        mvc.perform(get("/stagegate/templates").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Standard stage-gate process")));
        mvc.perform(get("/stagegate/templates/STANDARD/edit").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/stagegate/templates/STANDARD/edit").with(as(pmo))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Testing and validation")));
        String code = "W" + System.nanoTime() % 100000;
        mvc.perform(post("/stagegate/templates").with(as(pmo)).param("code", code).param("name", "Web process")
                        .param("decisionRule", "CHAIR").param("stages[0].name", "Only").param("stages[0].gateName", "G")
                        .param("stages[0].passThreshold", "30")
                        .param("stages[0].criteria[0].kind", "MUST_MEET").param("stages[0].criteria[0].name", "Fit"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("no should-meet criterion")));
        mvc.perform(post("/stagegate/templates").with(as(pmo)).param("code", code).param("name", "")
                        .param("decisionRule", "CHAIR"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"name-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from process_template where code = ?", Integer.class, code)).isZero();
        mvc.perform(post("/stagegate/templates").with(as(pmo)).param("code", code).param("name", "Web process")
                        .param("decisionRule", "CHAIR").param("stages[0].name", "Only").param("stages[0].gateName", "G")
                        .param("stages[0].passThreshold", "30")
                        .param("stages[0].criteria[0].kind", "MUST_MEET").param("stages[0].criteria[0].name", "Fit")
                        .param("stages[0].criteria[1].kind", "SHOULD_MEET").param("stages[0].criteria[1].name", "Value")
                        .param("stages[0].criteria[1].weight", "4")
                        .param("stages[0].criteria[2].kind", "SHOULD_MEET").param("stages[0].criteria[2].name", "")
                        .param("stages[1].name", ""))
                .andExpect(redirectedUrlPattern("/stagegate/templates/revisions/*"));
        assertThat(jdbc.queryForObject("select count(*) from gate_criterion c join template_stage s on s.id = c.template_stage "
                + "join process_template t on t.id = s.process_template where t.code = ?", Integer.class, code)).isEqualTo(2);
    }
}

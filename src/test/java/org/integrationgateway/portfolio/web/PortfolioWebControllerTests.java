package org.integrationgateway.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class PortfolioWebControllerTests extends PortfolioWebTestSupport {

    private MockHttpServletRequestBuilder assignmentForm(long projectId, Object person, String role, String percent,
                                                          String start, String end) {
        return post("/projects/{id}/assignments", projectId).param("personId", String.valueOf(person))
                .param("projectRole", role).param("allocationPercent", percent).param("startDate", start)
                .param("endDate", end);
    }

    private int assignmentsOfProject() {
        return rows("select count(*) from matrix_assignment where project = ?", project);
    }

    @Test
    void listsProgramsAndShowsAProgramsProjects() throws Exception {
        mvc.perform(get("/programs?size=100").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("table-cards"), containsString("Packaging"),
                        containsString("href=\"/programs/" + program + "\""))));
        mvc.perform(get("/programs/{id}", program).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">K7 Packaging Line " + projectCode + "</a>"),
                        containsString("href=\"/projects/" + project + "\""), not(containsString("data-testid=\"edit-program\"")))));
        mvc.perform(get("/programs/{id}", 999999).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/programs").with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/programs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pmoCreatesAndEditsProgramsWithInlineErrors() throws Exception {
        mvc.perform(get("/programs/new").with(as(pmo))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code\"")));
        mvc.perform(get("/programs/new").with(as(staff))).andExpect(status().isForbidden());
        int before = fixtures.count("program");
        mvc.perform(post("/programs").param("code", "").param("name", "x".repeat(201)).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"code-error\""), containsString("id=\"name-error\""),
                        containsString("aria-describedby=\"code-error\""))));
        String code = unique("W");
        mvc.perform(post("/programs").param("code", code).param("name", "Web program").with(as(pmo)))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("program")).isEqualTo(before + 1);
        mvc.perform(post("/programs").param("code", code).param("name", "Again").with(as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already has the code")));
        mvc.perform(post("/programs").param("code", unique("S")).param("name", "Staff").with(as(staff)))
                .andExpect(status().isForbidden());
        assertThat(fixtures.count("program")).isEqualTo(before + 1);

        mvc.perform(get("/programs/{id}/edit", program).with(as(pmo))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\"")));
        mvc.perform(post("/programs/{id}", program).param("code", "ZZ1").param("name", "Renamed").param("version", "7")
                        .with(as(pmo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("in the meantime")));
        mvc.perform(post("/programs/{id}", program).param("code", "ZZ1").param("name", "Renamed").param("version", "0")
                        .with(as(pmo)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/programs/" + program));
        assertThat(jdbc.queryForObject("select name from program where id = ?", String.class, program)).isEqualTo("Renamed");
    }

    @Test
    void searchesFiltersAndSortsProjectsWithNameLinks() throws Exception {
        String tag = unique("T");
        fixtures.project(tag + "1", "Zeta " + tag, program, manager, "PROPOSED");
        fixtures.project(tag + "2", "Alpha " + tag, null, manager, "ON_HOLD");
        String page = mvc.perform(get("/projects?q={q}&sort=name,asc", tag).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("table-cards"), containsString(">Zeta " + tag + "</a>"),
                        containsString("data-label=\"Name\""), not(containsString("data-testid=\"new-project\"")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Alpha " + tag)).isLessThan(page.indexOf("Zeta " + tag));
        mvc.perform(get("/projects?q={q}&status=ON_HOLD", tag).with(as(staff)))
                .andExpect(content().string(allOf(containsString("Alpha " + tag), not(containsString("Zeta " + tag)))));
        mvc.perform(get("/projects?q={q}&program={p}", tag, program).with(as(staff)))
                .andExpect(content().string(allOf(containsString("Zeta " + tag), not(containsString("Alpha " + tag)))));
        mvc.perform(get("/projects?q={q}&size=1", tag).with(as(staff)))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/projects").with(as(pmo))).andExpect(content().string(containsString("data-testid=\"new-project\"")));
        mvc.perform(get("/projects?sort=manager").with(as(staff))).andExpect(status().isBadRequest());
        mvc.perform(get("/projects?status=DONE").with(as(staff))).andExpect(status().isBadRequest());
        mvc.perform(get("/projects").with(as(customer))).andExpect(status().isNotFound());
    }

    @Test
    void pmoCreatesAndEditsProjects() throws Exception {
        mvc.perform(get("/projects/new").with(as(pmo))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"managerId\""), containsString("Mara Keller"))));
        mvc.perform(get("/projects/new").with(as(staff))).andExpect(status().isForbidden());
        int before = fixtures.count("project");
        mvc.perform(post("/projects").param("code", "bad code").param("name", "").param("managerId", "")
                        .param("status", "ACTIVE").with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"code-error\""), containsString("id=\"name-error\""),
                        containsString("id=\"managerId-error\""))));
        mvc.perform(post("/projects").param("code", unique("D")).param("name", "Dates").param("managerId", String.valueOf(manager))
                        .param("status", "ACTIVE").param("startDate", "2026-05-01").param("endDate", "2026-04-01").with(as(pmo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"endDate-error\"")));
        mvc.perform(post("/projects").param("code", unique("D")).param("name", "Nobody").param("managerId", "999999")
                        .param("status", "ACTIVE").with(as(pmo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("There is no person with id 999999")));
        assertThat(fixtures.count("project")).isEqualTo(before);

        String code = unique("C");
        mvc.perform(post("/projects").param("code", code).param("name", "Created on the web")
                        .param("managerId", String.valueOf(manager)).param("programId", String.valueOf(program))
                        .param("status", "PROPOSED").param("startDate", "2026-05-01").with(as(admin)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from project where code = ?", Long.class, code);
        mvc.perform(get("/projects/{id}/edit", id).with(as(pmo))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Created on the web"), not(containsString("value=\"COMPLETED\"")))));
        mvc.perform(post("/projects/{id}", id).param("code", code).param("name", "Started").param("managerId", String.valueOf(manager))
                        .param("status", "COMPLETED").param("version", "0").with(as(pmo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("cannot become completed")));
        mvc.perform(post("/projects/{id}", id).param("code", code).param("name", "Started").param("managerId", String.valueOf(manager))
                        .param("status", "ACTIVE").param("version", "0").with(as(pmo)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/projects/" + id));
        mvc.perform(post("/projects/{id}", id).param("code", code).param("name", "Stale").param("managerId", String.valueOf(manager))
                        .param("status", "ACTIVE").param("version", "0").with(as(pmo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("in the meantime")));
        mvc.perform(post("/projects/{id}", id).param("code", code).param("name", "Staff").param("managerId", String.valueOf(manager))
                        .param("status", "ACTIVE").param("version", "1").with(as(managerUser)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select name from project where id = ?", String.class, id)).isEqualTo("Started");
    }

    @Test
    void theProjectPageShowsDetailsMatrixAndTheLiaisonWarning() throws Exception {
        assign(project, lena, "MARKETING_LIAISON", 50, "2026-01-01", "2099-12-31");
        mvc.perform(get("/projects/{id}", project).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("K7 Packaging Line " + projectCode),
                        containsString("Mara Keller"),
                        containsString("role=\"alert\""),
                        containsString("Warning:"),
                        containsString("No sales liaison"),
                        not(containsString("No marketing liaison")),
                        containsString("<section id=\"matrix\""),
                        containsString("table table-cards"),
                        containsString("href=\"/people/" + lena + "\">Lena Vogt</a>"),
                        containsString("Marketing liaison"),
                        containsString("50 %"),
                        containsString("2099-12-31"),
                        not(containsString("data-testid=\"add-assignment\"")),
                        not(containsString("data-testid=\"edit-project\"")))));
        mvc.perform(get("/projects/{id}", project).with(as(managerUser)))
                .andExpect(content().string(allOf(containsString("data-testid=\"add-assignment\""),
                        not(containsString("data-testid=\"edit-project\"")))));
        mvc.perform(get("/projects/{id}", project).with(as(pmo)))
                .andExpect(content().string(allOf(containsString("data-testid=\"add-assignment\""),
                        containsString("data-testid=\"edit-project\""))));
        mvc.perform(get("/projects/{id}", 999999).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}", project).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}", project)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theManagerAddsAnAssignmentThroughTheForm() throws Exception {
        mvc.perform(get("/projects/{id}/assignments/new", project).with(as(managerUser))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<select"), containsString("id=\"personId\""),
                        containsString("id=\"projectRole\""), containsString("id=\"allocationPercent\""),
                        containsString("type=\"date\""), containsString("id=\"startDate\""), containsString("id=\"endDate\""),
                        containsString("data-testid=\"save-assignment\""), containsString("Lena Vogt"))));
        mvc.perform(assignmentForm(project, lena, "SALES_LIAISON", "40", "2026-12-01", "2027-03-31").with(as(managerUser)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/projects/" + project + "#matrix"));
        assertThat(assignmentsOfProject()).isEqualTo(1);
        mvc.perform(get("/projects/{id}", project).with(as(staff)))
                .andExpect(content().string(allOf(containsString(">Lena Vogt</a>"), containsString("Sales liaison"),
                        containsString("40 %"), containsString("2027-03-31"))));
    }

    @Test
    void anAllocationOverTheLimitIsShownInlineAndNothingIsSaved() throws Exception {
        long k5 = fixtures.project(unique("K"), "K5 Retrofit Kit", program, manager, "ACTIVE");
        assign(k5, lena, "MARKETING_LIAISON", 80, "2026-12-01", "2027-03-31");
        mvc.perform(assignmentForm(project, lena, "MARKETING_LIAISON", "40", "2026-11-01", "2027-06-30").with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"allocationPercent-error\""),
                        containsString("Lena Vogt is already allocated 80 % from 2026-12-01 to 2027-03-31 (K5 Retrofit Kit 80 %); "
                                + "40 % more would make 120 %."),
                        containsString("value=\"40\""))));
        assertThat(assignmentsOfProject()).isZero();
    }

    @Test
    void badFormInputIsShownInlineAndNothingIsSaved() throws Exception {
        mvc.perform(assignmentForm(project, "", "", "0", "", "").with(as(pmo))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"personId-error\""), containsString("id=\"projectRole-error\""),
                        containsString("id=\"allocationPercent-error\""), containsString("id=\"startDate-error\""),
                        containsString("id=\"endDate-error\""))));
        mvc.perform(assignmentForm(project, lena, "ENGINEER", "abc", "2026-12-01", "not-a-date").with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"allocationPercent-error\""), containsString("id=\"endDate-error\""))));
        mvc.perform(assignmentForm(project, lena, "ENGINEER", "10", "2027-12-01", "2027-01-01").with(as(pmo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"endDate-error\"")));
        mvc.perform(assignmentForm(project, 999999, "ENGINEER", "10", "2026-12-01", "2027-01-01").with(as(pmo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"personId-error\"")));
        assertThat(assignmentsOfProject()).isZero();
    }

    @Test
    void otherStaffCustomersAndAnonymousCannotUseTheAssignmentForms() throws Exception {
        mvc.perform(get("/projects/{id}/assignments/new", project).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(assignmentForm(project, lena, "ENGINEER", "10", "2026-12-01", "2027-01-01").with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/{id}/assignments/new", project).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/assignments/new", project)).andExpect(redirectedUrl("/login"));
        assertThat(assignmentsOfProject()).isZero();
    }

    @Test
    void editsAndEndsAnAssignment() throws Exception {
        long id = assign(project, lena, "MARKETING_LIAISON", 50, "2026-12-01", "2027-03-31");
        mvc.perform(get("/projects/{p}/assignments/{a}/edit", project, id).with(as(managerUser))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Lena Vogt\""), containsString("value=\"50\""))));
        mvc.perform(post("/projects/{p}/assignments/{a}", project, id).param("projectRole", "MARKETING_LIAISON")
                        .param("allocationPercent", "70").param("startDate", "2026-12-01").param("endDate", "2027-06-30")
                        .param("version", "0").with(as(managerUser)))
                .andExpect(status().is3xxRedirection());
        assertThat(rows("select allocation_percent from matrix_assignment where id = ?", id)).isEqualTo(70);
        mvc.perform(post("/projects/{p}/assignments/{a}", project, id).param("projectRole", "MARKETING_LIAISON")
                        .param("allocationPercent", "20").param("startDate", "2026-12-01").param("endDate", "2027-06-30")
                        .param("version", "0").with(as(managerUser)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("in the meantime")));
        mvc.perform(post("/projects/{p}/assignments/{a}/end", project, id).param("version", "1").with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{p}/assignments/{a}/end", project, id).param("version", "1").with(as(pmo)))
                .andExpect(status().is3xxRedirection());
        assertThat(assignmentsOfProject()).isZero();
        mvc.perform(get("/projects/{p}/assignments/{a}/edit", project, id).with(as(pmo))).andExpect(status().isNotFound());
    }

    @Test
    void thePersonFragmentListsProjectsAndLoad() throws Exception {
        assign(project, lena, "MARKETING_LIAISON", 50, "2026-01-01", "2099-12-31");
        mvc.perform(get("/people/{id}/assignments", lena).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), not(containsString("navbar")),
                        containsString("id=\"person-assignments\""),
                        containsString("href=\"/projects/" + project + "\">K7 Packaging Line " + projectCode + "</a>"),
                        containsString("Marketing liaison"), containsString("50 %"),
                        containsString("data-testid=\"person-load\""))));
        mvc.perform(get("/people/{id}/assignments", engineer).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not assigned to any project."), containsString("0 %"))));
        mvc.perform(get("/people/{id}/assignments", 999999).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}/assignments", lena).with(as(customer))).andExpect(status().isNotFound());
    }
}

package org.integrationgateway.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ProjectApiControllerTests extends PortfolioWebTestSupport {

    private String projectJson(String code, String status, Long version) {
        return """
                {"code": "%s", "name": "Line %s", "description": "d", "programId": %d, "managerId": %d,
                 "status": "%s", "startDate": "2026-01-01", "endDate": "2026-12-31"%s}"""
                .formatted(code, code, program, manager, status, version == null ? "" : ", \"version\": " + version);
    }

    @Test
    void staffListSearchFilterAndSortProjects() throws Exception {
        String tag = unique("Q");
        fixtures.project(tag + "B", "Beta " + tag, program, manager, "PROPOSED");
        fixtures.project(tag + "A", "Alpha " + tag, null, manager, "ACTIVE");
        fixtures.project(tag + "C", "Gamma " + tag, program, manager, "ACTIVE");
        mvc.perform(get("/api/projects?q={q}&sort=name,desc", tag.toLowerCase()).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].name").value("Gamma " + tag))
                .andExpect(jsonPath("$.content[2].name").value("Alpha " + tag))
                .andExpect(jsonPath("$.content[0].managerName").value("Mara Keller"));
        mvc.perform(get("/api/projects?q={q}&program={p}&status=ACTIVE", tag, program).with(as(staff)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value(tag + "C"))
                .andExpect(jsonPath("$.content[0].programCode").isString());
        mvc.perform(get("/api/projects?q={q}&size=2&page=1", tag).with(as(staff)))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content[0].code").value(tag + "C"));
        mvc.perform(get("/api/projects?q=%25").with(as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=manager", "sort=name,sideways", "size=101", "size=0", "page=-1", "status=DONE",
            "program=abc"})
    void refusesBadListParameters(String query) throws Exception {
        mvc.perform(get("/api/projects?" + query).with(as(staff))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void showsAProjectWithItsMatrixAndStaffingWarnings() throws Exception {
        assign(project, lena, "MARKETING_LIAISON", 50, "2026-01-01", "2099-12-31");
        mvc.perform(get("/api/projects/{id}", project).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(projectCode))
                .andExpect(jsonPath("$.managerName").value("Mara Keller"))
                .andExpect(jsonPath("$.programName").value("Packaging"))
                .andExpect(jsonPath("$.matrix", hasSize(1)))
                .andExpect(jsonPath("$.matrix[0].personName").value("Lena Vogt"))
                .andExpect(jsonPath("$.warnings", hasSize(1)))
                .andExpect(jsonPath("$.warnings[0].code").value("missing-sales-liaison"))
                .andExpect(jsonPath("$.warnings[0].missingRole").value("SALES_LIAISON"));
        assign(project, engineer, "SALES_LIAISON", 10, "2026-01-01", "2099-12-31");
        mvc.perform(get("/api/projects/{id}", project).with(as(staff))).andExpect(jsonPath("$.warnings", hasSize(0)));
        mvc.perform(get("/api/projects/{id}", 999999).with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void pmoCreatesAndChangesAProject() throws Exception {
        String code = unique("N");
        String location = mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON)
                        .content(projectJson(code, "PROPOSED", null)).with(as(pmo)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.warnings", hasSize(2)))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(location.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/projects/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(projectJson(code, "ACTIVE", 0L)).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(rows("select count(*) from audit_entry where entity_type = 'project' and entity_id = ?",
                String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void staleVersionsDuplicatesAndForbiddenTransitionsChangeNothing() throws Exception {
        mvc.perform(put("/api/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
                        .content(projectJson(projectCode, "COMPLETED", 5L)).with(as(pmo)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        long other = fixtures.project(unique("O"), "Other", null, manager, "PROPOSED");
        mvc.perform(put("/api/projects/{id}", other).contentType(MediaType.APPLICATION_JSON)
                        .content(projectJson(projectCode, "PROPOSED", 0L)).with(as(pmo)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("duplicate-code"));
        mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON)
                        .content(projectJson(projectCode.toLowerCase(), "PROPOSED", null)).with(as(pmo)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/projects/{id}", other).contentType(MediaType.APPLICATION_JSON)
                        .content(projectJson(unique("Z"), "COMPLETED", 0L)).with(as(pmo)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-status-transition"));
        assertThat(jdbc.queryForObject("select status from project where id = ?", String.class, project)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select status from project where id = ?", String.class, other)).isEqualTo("PROPOSED");
        assertThat(rows("select count(*) from audit_entry where entity_type = 'project' and entity_id in (?, ?)",
                String.valueOf(project), String.valueOf(other))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{broken",
            "{\"code\": \"\", \"name\": \"n\", \"managerId\": %2$d, \"status\": \"ACTIVE\"}",
            "{\"code\": \"%1$s\", \"managerId\": %2$d, \"status\": \"ACTIVE\"}",
            "{\"code\": \"%1$s\", \"name\": \"n\", \"status\": \"ACTIVE\"}",
            "{\"code\": \"%1$s\", \"name\": \"n\", \"managerId\": %2$d}",
            "{\"code\": \"ABCDEFGHIJKLMNOPQRSTU\", \"name\": \"n\", \"managerId\": %2$d, \"status\": \"ACTIVE\"}",
            "{\"code\": \"has space\", \"name\": \"n\", \"managerId\": %2$d, \"status\": \"ACTIVE\"}",
            "{\"code\": \"%1$s\", \"name\": \"n\", \"managerId\": \"Mara\", \"status\": \"ACTIVE\"}",
            "{\"code\": \"%1$s\", \"name\": \"n\", \"managerId\": %2$d, \"status\": \"FINISHED\"}",
            "{\"code\": \"%1$s\", \"name\": \"n\", \"managerId\": 999999, \"status\": \"ACTIVE\"}",
            "{\"code\": \"%1$s\", \"name\": \"n\", \"managerId\": %2$d, \"programId\": 999999, \"status\": \"ACTIVE\"}",
            "{\"code\": \"%1$s\", \"name\": \"n\", \"managerId\": %2$d, \"status\": \"ACTIVE\", \"startDate\": \"2026-02-01\", \"endDate\": \"2026-01-01\"}",
            "{\"code\": \"%1$s\", \"name\": \"n\", \"managerId\": %2$d, \"status\": \"ACTIVE\", \"startDate\": \"tomorrow\"}"
    })
    void badProjectInputIsRefusedAndNothingIsSaved(String template) throws Exception {
        int before = fixtures.count("project");
        mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON)
                        .content(template.formatted(unique("B"), manager)).with(as(pmo)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
        assertThat(fixtures.count("project")).isEqualTo(before);
    }

    @Test
    void overLongNamesAreRefused() throws Exception {
        int before = fixtures.count("project");
        mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s\", \"name\": \"%s\", \"managerId\": %d, \"status\": \"ACTIVE\"}"
                                .formatted(unique("L"), "x".repeat(201), manager)).with(as(pmo)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(put("/api/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
                        .content(projectJson(projectCode, "ACTIVE", null)).with(as(pmo)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(fixtures.count("project")).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsAndPmoWriteProjectsAndPrograms() throws Exception {
        int projects = fixtures.count("project");
        int programs = fixtures.count("program");
        mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .content(projectJson(unique("S"), "ACTIVE", null)).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .content(projectJson(unique("S"), "ACTIVE", null)).with(as(managerUser))).andExpect(status().isForbidden());
        mvc.perform(put("/api/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
                .content(projectJson(projectCode, "ON_HOLD", 0L)).with(as(managerUser))).andExpect(status().isForbidden());
        mvc.perform(post("/api/programs").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"%s\",\"name\":\"x\"}".formatted(unique("S"))).with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/projects").with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/programs").with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/{id}", project)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/programs")).andExpect(status().isUnauthorized());
        assertThat(fixtures.count("project")).isEqualTo(projects);
        assertThat(fixtures.count("program")).isEqualTo(programs);
    }

    @Test
    void programsAreListedCreatedAndChanged() throws Exception {
        String code = unique("G");
        String created = mvc.perform(post("/api/programs").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"Retrofits\",\"description\":\"kits\"}".formatted(code)).with(as(pmo)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/programs/{id}", id).with(as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Retrofits"));
        mvc.perform(get("/api/programs?sort=name,desc&size=100").with(as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isArray());
        mvc.perform(put("/api/programs/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"Retrofit kits\",\"version\":0}".formatted(code)).with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/programs/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"Stale\",\"version\":0}".formatted(code)).with(as(admin)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/programs").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"Dup\"}".formatted(code)).with(as(pmo)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/programs").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"\",\"name\":\"%s\"}".formatted("x".repeat(201))).with(as(pmo)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItems("code", "name")));
        mvc.perform(post("/api/programs").contentType(MediaType.APPLICATION_JSON).content("[]").with(as(pmo)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/programs/{id}", 999999).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/api/programs?sort=description").with(as(staff))).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select name from program where id = ?", String.class, id)).isEqualTo("Retrofit kits");
        assertThat(rows("select count(*) from audit_entry where entity_type = 'program' and entity_id = ?",
                String.valueOf(id))).isEqualTo(2);
    }
}

package org.integrationgateway.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class AssignmentApiControllerTests extends PortfolioWebTestSupport {

    private String body(long person, String role, int percent, String start, String end) {
        return """
                {"personId": %d, "projectRole": "%s", "allocationPercent": %d, "startDate": "%s", "endDate": "%s"}"""
                .formatted(person, role, percent, start, end);
    }

    private MockHttpServletRequestBuilder postAssignment(long projectId, String json) {
        return post("/api/projects/{id}/assignments", projectId).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private int assignmentsOfProject() {
        return rows("select count(*) from matrix_assignment where project = ?", project);
    }

    @Test
    void staffReadTheMatrixWithNamesAndDepartments() throws Exception {
        assign(project, lena, "MARKETING_LIAISON", 50, "2026-12-01", "2027-03-31");
        mvc.perform(get("/api/projects/{id}/assignments", project).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].personName").value("Lena Vogt"))
                .andExpect(jsonPath("$[0].departmentName").value(containsString("MARKETING")))
                .andExpect(jsonPath("$[0].projectRole").value("MARKETING_LIAISON"))
                .andExpect(jsonPath("$[0].allocationPercent").value(50))
                .andExpect(jsonPath("$[0].endDate").value("2027-03-31"));
    }

    @Test
    void pmoAddsAnAssignmentAndItIsAudited() throws Exception {
        mvc.perform(postAssignment(project, body(lena, "MARKETING_LIAISON", 50, "2026-12-01", "2027-03-31")).with(as(pmo)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.personName").value("Lena Vogt"))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(assignmentsOfProject()).isEqualTo(1);
        assertThat(rows("select count(*) from audit_entry where entity_type = 'matrix-assignment' and action = 'added'"
                + " and actor = ?", pmo.email())).isEqualTo(1);
    }

    @Test
    void theProjectsOwnManagerAddsAnAssignment() throws Exception {
        mvc.perform(postAssignment(project, body(engineer, "ENGINEER", 40, "2026-12-01", "2027-03-31")).with(as(managerUser)))
                .andExpect(status().isCreated());
        assertThat(assignmentsOfProject()).isEqualTo(1);
    }

    @Test
    void administratorsAddAssignments() throws Exception {
        mvc.perform(postAssignment(project, body(engineer, "ENGINEER", 40, "2026-12-01", "2027-03-31")).with(as(admin)))
                .andExpect(status().isCreated());
    }

    @Test
    void otherStaffMembersMayNotChangeTheMatrix() throws Exception {
        long id = assign(project, engineer, "ENGINEER", 40, "2026-12-01", "2027-03-31");
        mvc.perform(postAssignment(project, body(lena, "MARKETING_LIAISON", 50, "2026-12-01", "2027-03-31")).with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/projects/{p}/assignments/{a}", project, id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectRole\":\"ENGINEER\",\"allocationPercent\":10,\"startDate\":\"2026-12-01\","
                                + "\"endDate\":\"2027-03-31\",\"version\":0}").with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/projects/{p}/assignments/{a}", project, id).with(as(staff)))
                .andExpect(status().isForbidden());
        assertThat(assignmentsOfProject()).isEqualTo(1);
        assertThat(rows("select allocation_percent from matrix_assignment where id = ?", id)).isEqualTo(40);
    }

    @Test
    void aManagerOfAnotherProjectMayNotChangeThisMatrix() throws Exception {
        long otherProject = fixtures.project(unique("X"), "Other", null, lena, "ACTIVE");
        mvc.perform(postAssignment(otherProject, body(engineer, "ENGINEER", 40, "2026-12-01", "2027-03-31")).with(as(managerUser)))
                .andExpect(status().isForbidden());
    }

    @Test
    void customersGetNotFoundAndAnonymousCallersUnauthorized() throws Exception {
        mvc.perform(get("/api/projects/{id}/assignments", project).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(postAssignment(project, body(lena, "ENGINEER", 10, "2026-12-01", "2027-03-31")).with(as(customer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/people/{id}/load", lena).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/{id}/assignments", project)).andExpect(status().isUnauthorized());
        mvc.perform(postAssignment(project, body(lena, "ENGINEER", 10, "2026-12-01", "2027-03-31"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isUnauthorized());
        assertThat(assignmentsOfProject()).isZero();
    }

    @Test
    void refusesAnAllocationOverAHundredPercentWithTheCurrentLoad() throws Exception {
        long k5 = fixtures.project(unique("K"), "K5 Retrofit Kit", program, manager, "ACTIVE");
        long otherK7 = fixtures.project(unique("K"), "K7 Packaging Line", program, manager, "ACTIVE");
        assign(otherK7, lena, "MARKETING_LIAISON", 50, "2026-12-01", "2027-03-31");
        assign(k5, lena, "MARKETING_LIAISON", 30, "2026-12-01", "2027-03-31");
        int before = fixtures.count("matrix_assignment");

        mvc.perform(postAssignment(project, body(lena, "MARKETING_LIAISON", 40, "2026-11-01", "2027-06-30")).with(as(pmo)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("allocation-exceeded"))
                .andExpect(jsonPath("$.detail").value("Lena Vogt is already allocated 80 % from 2026-12-01 to 2027-03-31 "
                        + "(K7 Packaging Line 50 %, K5 Retrofit Kit 30 %); 40 % more would make 120 %."))
                .andExpect(jsonPath("$.currentLoad").value(80))
                .andExpect(jsonPath("$.resultingLoad").value(120))
                .andExpect(jsonPath("$.availablePercent").value(20))
                .andExpect(jsonPath("$.allocations", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("allocationPercent"));
        assertThat(fixtures.count("matrix_assignment")).isEqualTo(before);
        assertThat(rows("select count(*) from audit_entry where entity_type = 'matrix-assignment' and actor = ?",
                pmo.email())).isZero();
    }

    @Test
    void changesAnAssignmentLeavingItselfOutOfTheLoad() throws Exception {
        long id = assign(project, lena, "MARKETING_LIAISON", 60, "2026-12-01", "2027-03-31");
        mvc.perform(put("/api/projects/{p}/assignments/{a}", project, id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectRole\":\"MARKETING_LIAISON\",\"allocationPercent\":100,"
                                + "\"startDate\":\"2026-12-01\",\"endDate\":\"2027-06-30\",\"version\":0}")
                        .with(as(managerUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allocationPercent").value(100))
                .andExpect(jsonPath("$.endDate").value("2027-06-30"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(rows("select count(*) from audit_entry where entity_type = 'matrix-assignment' and entity_id = ?"
                + " and action = 'changed'", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void aStaleVersionChangesNothing() throws Exception {
        long id = assign(project, lena, "MARKETING_LIAISON", 60, "2026-12-01", "2027-03-31");
        jdbc.update("update matrix_assignment set version = 3 where id = ?", id);
        mvc.perform(put("/api/projects/{p}/assignments/{a}", project, id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectRole\":\"ENGINEER\",\"allocationPercent\":10,"
                                + "\"startDate\":\"2026-12-01\",\"endDate\":\"2027-03-31\",\"version\":2}").with(as(pmo)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(delete("/api/projects/{p}/assignments/{a}?version=2", project, id).with(as(pmo)))
                .andExpect(status().isConflict());
        assertThat(rows("select allocation_percent from matrix_assignment where id = ?", id)).isEqualTo(60);
    }

    @Test
    void changingTheAllocationIsCheckedToo() throws Exception {
        assign(fixtures.project(unique("K"), "K5 Retrofit Kit", program, manager, "ACTIVE"), lena, "ENGINEER", 70,
                "2026-12-01", "2027-03-31");
        long id = assign(project, lena, "MARKETING_LIAISON", 30, "2026-12-01", "2027-03-31");
        mvc.perform(put("/api/projects/{p}/assignments/{a}", project, id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectRole\":\"MARKETING_LIAISON\",\"allocationPercent\":31,"
                                + "\"startDate\":\"2026-12-01\",\"endDate\":\"2027-03-31\",\"version\":0}").with(as(pmo)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("already allocated 70 %")));
        assertThat(rows("select allocation_percent from matrix_assignment where id = ?", id)).isEqualTo(30);
    }

    @Test
    void theManagerEndsAnAssignment() throws Exception {
        long id = assign(project, lena, "MARKETING_LIAISON", 60, "2026-12-01", "2027-03-31");
        mvc.perform(delete("/api/projects/{p}/assignments/{a}?version=0", project, id).with(as(managerUser)))
                .andExpect(status().isNoContent());
        assertThat(assignmentsOfProject()).isZero();
        assertThat(rows("select count(*) from audit_entry where entity_type = 'matrix-assignment' and entity_id = ?"
                + " and action = 'ended' and after_state is null", String.valueOf(id))).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{not json",
            "{\"personId\": \"abc\", \"projectRole\": \"ENGINEER\", \"allocationPercent\": 10, \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"projectRole\": \"JANITOR\", \"allocationPercent\": 10, \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"projectRole\": \"ENGINEER\", \"allocationPercent\": \"ten\", \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"projectRole\": \"ENGINEER\", \"allocationPercent\": 10, \"startDate\": \"2026-13-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"allocationPercent\": 10, \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"projectRole\": \"ENGINEER\", \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"projectRole\": \"ENGINEER\", \"allocationPercent\": 0, \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"projectRole\": \"ENGINEER\", \"allocationPercent\": 101, \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"projectRole\": \"ENGINEER\", \"allocationPercent\": 10, \"endDate\": \"2027-01-01\"}",
            "{\"personId\": %d, \"projectRole\": \"ENGINEER\", \"allocationPercent\": 10, \"startDate\": \"2027-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"projectRole\": \"ENGINEER\", \"allocationPercent\": 10, \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}",
            "{\"personId\": 999999, \"projectRole\": \"ENGINEER\", \"allocationPercent\": 10, \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}"
    })
    void badInputIsRefusedAndNothingIsSaved(String template) throws Exception {
        int before = fixtures.count("matrix_assignment");
        int audits = fixtures.count("audit_entry");
        mvc.perform(postAssignment(project, template.contains("%d") ? template.formatted(lena) : template).with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").isString());
        assertThat(fixtures.count("matrix_assignment")).isEqualTo(before);
        assertThat(fixtures.count("audit_entry")).isEqualTo(audits);
    }

    @Test
    void fieldErrorsNameTheField() throws Exception {
        mvc.perform(postAssignment(project, "{\"personId\": %d, \"projectRole\": \"ENGINEER\", \"allocationPercent\": 101, \"startDate\": \"2026-12-01\", \"endDate\": \"2027-01-01\"}".formatted(lena)).with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("allocationPercent"));
        mvc.perform(postAssignment(project, body(lena, "ENGINEER", 10, "2027-12-01", "2027-01-01")).with(as(pmo)))
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        mvc.perform(postAssignment(project, body(999999, "ENGINEER", 10, "2026-12-01", "2027-01-01")).with(as(pmo)))
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
    }

    @Test
    void unknownProjectsAndAssignmentsAreNotFound() throws Exception {
        mvc.perform(postAssignment(999999, body(lena, "ENGINEER", 10, "2026-12-01", "2027-01-01")).with(as(pmo)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/{id}/assignments", 999999).with(as(staff))).andExpect(status().isNotFound());
        long otherProject = fixtures.project(unique("X"), "Other", null, manager, "ACTIVE");
        long foreign = assign(otherProject, lena, "ENGINEER", 10, "2026-12-01", "2027-01-01");
        mvc.perform(put("/api/projects/{p}/assignments/{a}", project, foreign).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectRole\":\"ENGINEER\",\"allocationPercent\":20,\"startDate\":\"2026-12-01\","
                                + "\"endDate\":\"2027-01-01\",\"version\":0}").with(as(pmo)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/projects/{p}/assignments/{a}", project, foreign).with(as(pmo)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/{p}/assignments/abc", project).with(as(pmo))).andExpect(status().isBadRequest());
        assertThat(rows("select allocation_percent from matrix_assignment where id = ?", foreign)).isEqualTo(10);
    }

    @Test
    void anUpdateWithoutVersionOrWithAnotherPersonIsRefused() throws Exception {
        long id = assign(project, lena, "MARKETING_LIAISON", 60, "2026-12-01", "2027-03-31");
        mvc.perform(put("/api/projects/{p}/assignments/{a}", project, id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectRole\":\"ENGINEER\",\"allocationPercent\":10,\"startDate\":\"2026-12-01\","
                                + "\"endDate\":\"2027-03-31\"}").with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put("/api/projects/{p}/assignments/{a}", project, id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":%d,\"projectRole\":\"ENGINEER\",\"allocationPercent\":10,\"startDate\":\"2026-12-01\",\"endDate\":\"2027-03-31\",\"version\":0}".formatted(engineer))
                        .with(as(pmo)))
                .andExpect(status().isBadRequest());
        assertThat(rows("select allocation_percent from matrix_assignment where id = ?", id)).isEqualTo(60);
    }

    @Test
    void listsAPersonsAssignmentsAndLoad() throws Exception {
        long k5 = fixtures.project(unique("K"), "K5 Retrofit Kit", program, manager, "ACTIVE");
        assign(project, lena, "MARKETING_LIAISON", 50, "2026-12-01", "2027-03-31");
        assign(k5, lena, "MARKETING_LIAISON", 30, "2027-02-01", "2027-05-31");
        mvc.perform(get("/api/people/{id}/assignments", lena).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].projectName").value(containsString("K7 Packaging Line")))
                .andExpect(jsonPath("$[1].projectName").value("K5 Retrofit Kit"));
        mvc.perform(get("/api/people/{id}/load?from=2026-12-01&to=2027-06-30", lena).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personName").value("Lena Vogt"))
                .andExpect(jsonPath("$.peakPercent").value(80))
                .andExpect(jsonPath("$.segments", hasSize(3)))
                .andExpect(jsonPath("$.segments[1].from").value("2027-02-01"))
                .andExpect(jsonPath("$.segments[1].to").value("2027-03-31"))
                .andExpect(jsonPath("$.segments[1].percent").value(80))
                .andExpect(jsonPath("$.months", hasSize(7)))
                .andExpect(jsonPath("$.months[0].month").value("2026-12"))
                .andExpect(jsonPath("$.months[0].peakPercent").value(50))
                .andExpect(jsonPath("$.months[6].peakPercent").value(0));
        mvc.perform(get("/api/people/{id}/load", lena).with(as(staff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.months", hasSize(12)));
    }

    @Test
    void refusesBadLoadPeriodsAndUnknownPeople() throws Exception {
        mvc.perform(get("/api/people/{id}/load?from=2027-01-01&to=2026-01-01", lena).with(as(staff)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/people/{id}/load?from=yesterday", lena).with(as(staff)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/people/{id}/load?from=2000-01-01&to=2040-01-01", lena).with(as(staff)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/people/{id}/load", 999999).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/api/people/{id}/assignments", 999999).with(as(staff))).andExpect(status().isNotFound());
    }
}

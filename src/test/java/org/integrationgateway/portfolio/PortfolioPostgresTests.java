package org.integrationgateway.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The main portfolio API flow and the allocation race on a real PostgreSQL 15. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class PortfolioPostgresTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired PortfolioFixtures fixtures;
    @Autowired ProjectMatrix matrix;

    private static RequestPostProcessor as(CurrentUser user) {
        RequestPostProcessor signedIn = TestUsers.as(user);
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    private static long idOf(String json) {
        return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s)[^0-9].*", ""));
    }

    @Test
    void runsTheMainPortfolioFlow() throws Exception {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 15");
        CurrentUser pmo = users.create(Role.PMO);
        CurrentUser staff = users.create(Role.STAFF);
        long marketing = fixtures.department("MARKETING");
        long sales = fixtures.department("SALES");
        long manager = fixtures.person("Mara Keller", marketing);
        long lena = fixtures.person("Lena Vogt", marketing);
        long sam = fixtures.person("Sam Ortiz", sales);

        long program = idOf(mvc.perform(post("/api/programs").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"PKG\",\"name\":\"Packaging\"}").with(as(pmo)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long project = idOf(mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON)
                        .content(("{\"code\":\"K7\",\"name\":\"K7 Packaging Line\",\"programId\":%d,\"managerId\":%d,"
                                + "\"status\":\"PROPOSED\",\"startDate\":\"2026-12-01\"}").formatted(program, manager)).with(as(pmo)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings", hasSize(2)))
                .andReturn().getResponse().getContentAsString());
        long other = fixtures.project("K5", "K5 Retrofit Kit", program, manager, "ACTIVE");
        fixtures.assignment(other, lena, "ENGINEER", 80, java.time.LocalDate.parse("2026-12-01"),
                java.time.LocalDate.parse("2027-03-31"));

        mvc.perform(post("/api/projects/{id}/assignments", project).contentType(MediaType.APPLICATION_JSON)
                        .content(("{\"personId\":%d,\"projectRole\":\"MARKETING_LIAISON\",\"allocationPercent\":40,"
                                + "\"startDate\":\"2026-11-01\",\"endDate\":\"2027-06-30\"}").formatted(lena)).with(as(pmo)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Lena Vogt is already allocated 80 % from 2026-12-01 to 2027-03-31 "
                        + "(K5 Retrofit Kit 80 %); 40 % more would make 120 %."));
        long assignment = idOf(mvc.perform(post("/api/projects/{id}/assignments", project).contentType(MediaType.APPLICATION_JSON)
                        .content(("{\"personId\":%d,\"projectRole\":\"MARKETING_LIAISON\",\"allocationPercent\":20,"
                                + "\"startDate\":\"2026-11-01\",\"endDate\":\"2027-06-30\"}").formatted(lena)).with(as(pmo)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/projects/{id}/assignments", project).contentType(MediaType.APPLICATION_JSON)
                        .content(("{\"personId\":%d,\"projectRole\":\"SALES_LIAISON\",\"allocationPercent\":30,"
                                + "\"startDate\":\"2026-11-01\",\"endDate\":\"2099-06-30\"}").formatted(sam)).with(as(pmo)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/projects?q=k7&status=PROPOSED&sort=startDate,desc").with(as(staff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/projects/{id}", project).with(as(staff)))
                .andExpect(jsonPath("$.matrix", hasSize(2)))
                .andExpect(jsonPath("$.warnings", hasSize(0)));
        mvc.perform(put("/api/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
                        .content(("{\"code\":\"K7\",\"name\":\"K7 Packaging Line\",\"programId\":%d,\"managerId\":%d,"
                                + "\"status\":\"ACTIVE\",\"version\":0}").formatted(program, manager)).with(as(pmo)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/projects/{id}", project).contentType(MediaType.APPLICATION_JSON)
                        .content(("{\"code\":\"K7\",\"name\":\"Stale\",\"managerId\":%d,\"status\":\"ACTIVE\",\"version\":0}")
                                .formatted(manager)).with(as(pmo)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/projects/{p}/assignments/{a}", project, assignment).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectRole\":\"MARKETING_LIAISON\",\"allocationPercent\":21,\"startDate\":\"2026-11-01\","
                                + "\"endDate\":\"2027-06-30\",\"version\":0}").with(as(pmo)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/people/{id}/load?from=2026-11-01&to=2027-06-30", lena).with(as(staff)))
                .andExpect(jsonPath("$.peakPercent").value(100));
        mvc.perform(get("/people/{id}/assignments", lena).with(as(staff)))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().string(containsString("K7 Packaging Line")));
        mvc.perform(delete("/api/projects/{p}/assignments/{a}?version=0", project, assignment).with(as(pmo)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/projects/{id}", project).with(as(staff)))
                .andExpect(jsonPath("$.warnings[0].code").value("missing-marketing-liaison"));
        assertThat(jdbc.queryForList("select action from audit_entry where actor = ? order by id", String.class, pmo.email()))
                .containsExactly("created", "created", "added", "added", "changed", "ended");
    }

    @Test
    void concurrentAssignmentsOfOnePersonNeverExceedAHundredPercentOnPostgres() throws Exception {
        AllocationRace.run(matrix, fixtures, jdbc, 10);
    }
}

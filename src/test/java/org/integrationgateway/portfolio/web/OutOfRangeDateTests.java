package org.integrationgateway.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * Dates at the edges of what Java can represent (years ±999999999) overflowed date arithmetic (500) or broke
 * the database's date type; they are refused as invalid input in the API and inline in the forms, and nothing changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class OutOfRangeDateTests extends PortfolioWebTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"to=-999999999-01-01", "from=-999999999-01-01", "from=10000-01-01",
            "from=2026-01-01&to=+999999999-12-31"})
    void loadPeriodsOutsideTheCalendarAreRefused(String query) throws Exception {
        mvc.perform(get("/api/people/{id}/load?" + query, lena).with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-01-01\", \"endDate\": \"+999999999-12-31\"",
            "\"-999999999-01-01\", \"endDate\": \"2026-02-01\"", "\"2026-01-01\", \"endDate\": \"+10000-01-01\""})
    void assignmentPeriodsOutsideTheCalendarAreRefusedByTheApi(String dates) throws Exception {
        long existing = assign(project, engineer, "ENGINEER", 10, "2026-01-01", "2026-06-30");
        String assignment = """
                {"personId": %d, "projectRole": "ENGINEER", "allocationPercent": 5, "startDate": %s}"""
                .formatted(lena, dates);
        mvc.perform(post("/api/projects/{id}/assignments", project).contentType(MediaType.APPLICATION_JSON)
                        .content(assignment).with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String change = """
                {"projectRole": "ENGINEER", "allocationPercent": 5, "startDate": %s, "version": 0}""".formatted(dates);
        mvc.perform(put("/api/projects/{id}/assignments/{a}", project, existing).contentType(MediaType.APPLICATION_JSON)
                        .content(change).with(as(pmo)))
                .andExpect(status().isBadRequest());
        assertThat(rows("select count(*) from matrix_assignment where person = ?", lena)).isZero();
        assertThat(rows("select count(*) from matrix_assignment where id = ? and version = 0 and allocation_percent = 10",
                existing)).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+10000-01-01"})
    void projectDatesOutsideTheCalendarAreRefusedByTheApi(String endDate) throws Exception {
        String code = unique("R");
        mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"code": "%s", "name": "Far future", "managerId": %d, "status": "PROPOSED",
                         "startDate": "2026-01-01", "endDate": "%s"}""".formatted(code, manager, endDate)).with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        assertThat(rows("select count(*) from project where code = ?", code)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+10000-01-01"})
    void theFormsShowOutOfRangeDatesInline(String endDate) throws Exception {
        String code = unique("R");
        mvc.perform(post("/projects").param("code", code).param("name", "Far future")
                        .param("managerId", String.valueOf(manager)).param("status", "PROPOSED")
                        .param("startDate", "2026-01-01").param("endDate", endDate).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a date between")));
        assertThat(rows("select count(*) from project where code = ?", code)).isZero();

        mvc.perform(post("/projects/{id}/assignments", project).param("personId", String.valueOf(lena))
                        .param("projectRole", "ENGINEER").param("allocationPercent", "5")
                        .param("startDate", "2026-01-01").param("endDate", endDate).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a date between")));
        assertThat(rows("select count(*) from matrix_assignment where person = ?", lena)).isZero();
    }
}

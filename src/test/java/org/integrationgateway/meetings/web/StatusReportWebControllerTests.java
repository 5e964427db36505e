package org.integrationgateway.meetings.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.meetings.StatusReportFixtures;
import org.integrationgateway.meetings.StatusReportFixtures.Office;
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
 * Status report pages: the manager publishes from the history page and lands on the report (narrative as safe
 * Markdown, ratings with their words); an invalid form shows the error next to the field and saves nothing; the
 * project page loads the latest; members read, other staff get 403, customers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class StatusReportWebControllerTests extends JsonApiRequests {

    @Autowired StatusReportFixtures fixtures;
    Office office;

    @BeforeEach
    void setUp() {
        office = fixtures.office();
    }

    String page() {
        return "/projects/" + office.project() + "/status-reports";
    }

    MockHttpServletRequestBuilder form(String scope, String narrative) {
        return post(page()).param("reportingDate", LocalDate.now().toString()).param("scope", scope)
                .param("schedule", "GREEN").param("cost", "AMBER").param("quality", "GREEN")
                .param("narrative", narrative).param("keyRisks", "Drive late\n\nRig not booked");
    }

    int count() {
        return jdbc.queryForObject("select count(*) from status_report where project_id = ?", Integer.class,
                office.project());
    }

    @Test
    void theManagerPublishesFromTheHistoryPageAndReadsTheReport() throws Exception {
        mvc.perform(get(page()).with(as(office.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"status-form\"")))
                .andExpect(content().string(containsString("data-testid=\"cadence-form\"")))
                .andExpect(content().string(containsString("No status reports yet.")));
        mvc.perform(form("RED", "Frame <script>alert(1)</script> **welded**").with(as(office.team().manager())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/status-reports/*"))
                .andExpect(flash().attributeExists("flash"));
        long id = jdbc.queryForObject("select id from status_report where project_id = ?", Long.class, office.project());
        mvc.perform(get("/status-reports/" + id).with(as(office.team().seller()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>welded</strong>")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("data-rag=\"RED\"")))
                .andExpect(content().string(containsString(">Red<")))
                .andExpect(content().string(containsString("Rig not booked")));
        mvc.perform(get(page()).with(as(office.team().engineer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"status-row\"")))
                .andExpect(content().string(not(containsString("data-testid=\"status-form\""))));
        mvc.perform(get(page() + "/latest").with(as(office.team().engineer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"status-latest-link\"")));
    }

    @Test
    void anInvalidFormShowsTheErrorBesideTheFieldAndSavesNothing() throws Exception {
        mvc.perform(form("", "Frame welded").with(as(office.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"scope-error\"")));
        mvc.perform(form("GREEN", " ").with(as(office.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"narrative-error\"")));
        org.assertj.core.api.Assertions.assertThat(count()).isZero();
        mvc.perform(form("GREEN", "one").with(as(office.team().manager()))).andExpect(status().is3xxRedirection());
        mvc.perform(form("GREEN", "two").with(as(office.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reportingDate-error\"")))
                .andExpect(content().string(containsString("already has a status report")));
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(1);
    }

    @Test
    void theProjectPageLoadsTheLatestAndTheCadenceChanges() throws Exception {
        mvc.perform(get("/projects/" + office.project()).with(as(office.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/projects/" + office.project() + "/status-reports/latest")));
        mvc.perform(get(page() + "/latest").with(as(office.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No status report yet.")));
        mvc.perform(get(page() + "/latest").with(as(office.team().outsider()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("status-latest"))));
        mvc.perform(post("/projects/" + office.project() + "/reporting-cadence").param("cadence", "MONTHLY")
                .with(as(office.team().manager()))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get(page()).with(as(office.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Monthly</strong>")));
    }

    @Test
    void otherStaffAre403AndCustomersAre404() throws Exception {
        mvc.perform(get(page()).with(as(office.team().outsider()))).andExpect(status().isForbidden());
        mvc.perform(form("GREEN", "n").with(as(office.team().engineer()))).andExpect(status().isForbidden());
        mvc.perform(get(page()).with(as(office.customer()))).andExpect(status().isNotFound());
        mvc.perform(get(page() + "/latest").with(as(office.customer()))).andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(count()).isZero();
    }
}

package org.integrationgateway.meetings.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.meetings.Cadence;
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

/**
 * The status report API: publish, read, history, latest and cadence over HTTP; each refusal as problem details with
 * nothing written; who may do what (manager writes, members read, other staff 403, customers 404, anonymous 401).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class StatusReportApiControllerTests extends JsonApiRequests {

    @Autowired StatusReportFixtures fixtures;
    Office office;
    LocalDate today;

    @BeforeEach
    void setUp() {
        office = fixtures.office();
        today = LocalDate.now();
    }

    static String body(LocalDate day) {
        return """
                {"reportingDate":"%s","scope":"GREEN","schedule":"AMBER","cost":"GREEN","quality":"RED",
                 "narrative":"Frame *welded*","keyRisks":["Drive late"]}""".formatted(day);
    }

    String reports() {
        return "/api/projects/" + office.project() + "/status-reports";
    }

    int count() {
        return jdbc.queryForObject("select count(*) from status_report where project_id = ?", Integer.class,
                office.project());
    }

    @Test
    void theManagerPublishesAndMembersReadTheReportTheHistoryAndTheLatest() throws Exception {
        String json = send(post(reports()), body(today), office.team().manager())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/status-reports/")))
                .andExpect(jsonPath("$.cadence").value("WEEKLY"))
                .andExpect(jsonPath("$.periodStart").value(Cadence.WEEKLY.periodOf(today).start().toString()))
                .andExpect(jsonPath("$.overall").value("RED"))
                .andExpect(jsonPath("$.keyRisks[0]").value("Drive late"))
                .andExpect(jsonPath("$.authorName").value("Sofia Marin"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(get("/api/status-reports/" + id).with(as(office.team().seller()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.narrative").value("Frame *welded*"));
        send(post(reports()), body(today.minusWeeks(1)), office.pmo()).andExpect(status().isCreated());
        mvc.perform(get(reports()).param("size", "1").with(as(office.team().engineer()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get(reports() + "/latest").with(as(office.team().engineer()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.latest.id").value(id))
                .andExpect(jsonPath("$.reported").value(true))
                .andExpect(jsonPath("$.due").value(false))
                .andExpect(jsonPath("$.cadence").value("WEEKLY"));
    }

    @Test
    void aSecondReportForThePeriodIs409() throws Exception {
        send(post(reports()), body(today), office.team().manager()).andExpect(status().isCreated());
        send(post(reports()), body(today), office.team().manager()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("period-reported"));
        assertCount(1);
    }

    @Test
    void badInputIs400AndWritesNothing() throws Exception {
        send(post(reports()), body(today).replace("\"GREEN\",\"schedule\"", "\"PURPLE\",\"schedule\""),
                office.team().manager()).andExpect(status().isBadRequest());
        send(post(reports()), body(today).replace("Frame *welded*", " "), office.team().manager())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("narrative"));
        send(post(reports()), body(today.plusDays(3)), office.team().manager()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reportingDate"));
        send(post(reports()), body(today).replace("\"reportingDate\":\"" + today + "\"", "\"reportingDate\":\"tomorrow\""),
                office.team().manager()).andExpect(status().isBadRequest());
        mvc.perform(get(reports()).param("size", "500").with(as(office.team().manager())))
                .andExpect(status().isBadRequest());
        mvc.perform(get(reports()).param("sort", "narrative").with(as(office.team().manager())))
                .andExpect(status().isBadRequest());
        send(put("/api/projects/" + office.project() + "/reporting-cadence"), "{\"cadence\":\"DAILY\"}",
                office.team().manager()).andExpect(status().isBadRequest());
        assertCount(0);
    }

    @Test
    void otherStaffAre403CustomersAre404AnonymousIs401() throws Exception {
        send(post(reports()), body(today), office.team().engineer()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-project-manager"));
        mvc.perform(get(reports()).with(as(office.team().outsider()))).andExpect(status().isForbidden());
        mvc.perform(get(reports() + "/latest").with(as(office.team().outsider()))).andExpect(status().isForbidden());
        mvc.perform(get(reports()).with(as(office.customer()))).andExpect(status().isNotFound());
        send(post(reports()), body(today), office.customer()).andExpect(status().isNotFound());
        anonymous(post(reports()), body(today)).andExpect(status().isUnauthorized());
        send(put("/api/projects/" + office.project() + "/reporting-cadence"), "{\"cadence\":\"MONTHLY\"}",
                office.team().engineer()).andExpect(status().isForbidden());
        mvc.perform(get("/api/projects/" + Long.MAX_VALUE + "/status-reports").with(as(office.admin())))
                .andExpect(status().isNotFound());
        assertCount(0);
    }

    @Test
    void theCadenceIsSetWithItsVersion() throws Exception {
        String url = "/api/projects/" + office.project() + "/reporting-cadence";
        String json = send(put(url), "{\"cadence\":\"MONTHLY\"}", office.team().manager()).andExpect(status().isOk())
                .andExpect(jsonPath("$.cadence").value("MONTHLY")).andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(json, "$.version")).longValue();
        send(put(url), "{\"cadence\":\"WEEKLY\",\"version\":" + (version + 5) + "}", office.team().manager())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        send(put(url), "{\"cadence\":\"FORTNIGHTLY\",\"version\":" + version + "}", office.pmo())
                .andExpect(status().isOk()).andExpect(jsonPath("$.cadence").value("FORTNIGHTLY"));
        mvc.perform(get(reports() + "/latest").with(as(office.team().manager()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.cadence").value("FORTNIGHTLY"))
                .andExpect(jsonPath("$.periodStart").value(Cadence.FORTNIGHTLY.periodOf(today).start().toString()));
    }

    @Test
    void theOperationsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/projects/{projectId}/status-reports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/projects/{projectId}/status-reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/projects/{projectId}/status-reports/latest'].get").exists())
                .andExpect(jsonPath("$.paths['/api/status-reports/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/projects/{projectId}/reporting-cadence'].put").exists());
    }

    void assertCount(int expected) {
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(expected);
    }
}

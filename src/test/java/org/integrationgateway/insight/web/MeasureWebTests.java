package org.integrationgateway.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.integrationgateway.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.insight.Measure;
import org.integrationgateway.insight.MeasureFixtures;
import org.integrationgateway.insight.MeasureFixtures.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The measures over HTTP: JSON and CSV (parsed back), the scoreboard page, bad input as problem details (or inline on
 * the page), and who sees what (staff and PMO yes, customers 404, anonymous 401).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class MeasureWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired MeasureFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    World world;
    CurrentUser staff;
    String quarter;

    @BeforeEach
    void setUp() {
        world = fixtures.build();
        staff = users.create(Role.STAFF);
        quarter = "?programId=" + world.program() + "&from=2025-01-01&to=2025-03-31";
    }

    @Test
    void aMeasureAsJson() throws Exception {
        mvc.perform(get("/api/measures/acceptances" + quarter).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measure").value("acceptances"))
                .andExpect(jsonPath("$.programId").value(world.program()))
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-03-31"))
                .andExpect(jsonPath("$.columns[6]").value("firstTimeRate"))
                .andExpect(jsonPath("$.rows[2].period").value("all"))
                .andExpect(jsonPath("$.rows[2].accepted").value(3))
                .andExpect(jsonPath("$.rows[2].firstTimeRate").value(0.6667));
        mvc.perform(get("/api/measures").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Measure.values().length))
                .andExpect(jsonPath("$[0].csv").value("/api/measures/bookings.csv"));
    }

    @Test
    void aMeasureAsCsvParsesBack() throws Exception {
        String csv = mvc.perform(get("/api/measures/bookings.csv" + quarter).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        containsString("bookings-2025-01-01-2025-03-31.csv")))
                .andReturn().getResponse().getContentAsString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
            assertThat(parser.getHeaderNames()).isEqualTo(Measure.BOOKINGS.columns());
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(0).get("period")).isEqualTo("2025-01");
            assertThat(records.get(0).get("personId")).isEqualTo(String.valueOf(world.anna()));
            assertThat(records.get(0).get("currency")).isEqualTo("EUR");
            assertThat(records.get(0).get("orders")).isEqualTo("2");
            assertThat(records.get(0).get("amount")).isEqualTo("1500.50");
            assertThat(records.get(2).get("amount")).isEqualTo("300.00");
        }
        String cycle = mvc.perform(get("/api/measures/change-cycle-times.csv" + quarter).with(as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(cycle)).setFormat(format).get()) {
            CSVRecord standardImplemented = parser.getRecords().get(1);
            assertThat(standardImplemented.get("phase")).isEqualTo("DECIDED_TO_IMPLEMENTED");
            assertThat(standardImplemented.get("medianHours")).isEmpty();
        }
    }

    @Test
    void badInputIsAProblemWithTheField() throws Exception {
        mvc.perform(get("/api/measures/bookings?from=2025-02-30").with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/measures/bookings?from=2025-04-01&to=2025-03-01").with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/measures/bookings?programId=" + Long.MAX_VALUE).with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programId"));
        mvc.perform(get("/api/measures/bookings.csv?to=not-a-date").with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/measures/velocity").with(as(staff)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theScoreboardShowsSalesBesideProjects() throws Exception {
        mvc.perform(get("/scoreboard" + quarter).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"scoreboard-sales\"")))
                .andExpect(content().string(containsString("data-testid=\"scoreboard-projects\"")))
                .andExpect(content().string(containsString("data-testid=\"measure-bookings\"")))
                .andExpect(content().string(containsString("data-testid=\"measure-order-to-acceptance\"")))
                .andExpect(content().string(containsString("1500.50")))
                .andExpect(content().string(containsString("/dist/echarts.min.js")))
                .andExpect(content().string(containsString("/js/scoreboard.js")))
                .andExpect(content().string(containsString("data-src=\"/api/measures/bookings?programId="
                        + world.program() + "&amp;from=2025-01-01&amp;to=2025-03-31\"")));
    }

    @Test
    void theScoreboardShowsABadFilterNextToItsField() throws Exception {
        mvc.perform(get("/scoreboard?from=2025-04-01&to=2025-03-01").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"from-error\"")));
        mvc.perform(get("/scoreboard?programId=" + Long.MAX_VALUE).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"programId-error\"")));
    }

    @Test
    void echartsIsServedByTheApplication() throws Exception {
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
                .andExpect(status().isOk());
    }

    @Test
    void staffAndPmoSeeItCustomersGet404AndAnonymous401() throws Exception {
        mvc.perform(get("/api/measures/bookings").with(users.newUser(Role.PMO))).andExpect(status().isOk());
        mvc.perform(get("/scoreboard").with(users.newUser(Role.ADMINISTRATOR))).andExpect(status().isOk());
        long customer = jdbc.queryForObject("select customer from sales_order where project = ? order by id"
                + " fetch first 1 rows only", Long.class, world.a());
        CurrentUser contact = users.create(customer, Role.CUSTOMER_CONTACT);
        mvc.perform(get("/api/measures/bookings").with(as(contact))).andExpect(status().isNotFound());
        mvc.perform(get("/api/measures/bookings.csv").with(as(contact))).andExpect(status().isNotFound());
        mvc.perform(get("/api/measures").with(as(contact))).andExpect(status().isNotFound());
        mvc.perform(get("/scoreboard").with(as(contact))).andExpect(status().isNotFound());
        mvc.perform(get("/api/measures/bookings")).andExpect(status().isUnauthorized());
    }
}

package org.integrationgateway.acceptance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.integrationgateway.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.PortalFixtures;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The portal's JSON API: orders, an order's detail, quotes without costs, change requests with problems for bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class PortalSalesApiControllerTests {

    @Autowired MockMvc mvc;
    @Autowired PortalFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    Delivery d;
    CurrentUser hannah;

    @BeforeEach
    void setUp() {
        d = fixtures.acceptance().delivery();
        hannah = d.hannahAccount();
    }

    @Test
    void ordersAndAnOrdersDetail() throws Exception {
        AcceptanceTask task = fixtures.acceptance().task(d);
        mvc.perform(get("/api/portal/orders").with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].number").value(d.orderANumber()))
                .andExpect(jsonPath("$[0].lines.length()").value(0))
                .andExpect(jsonPath("$[0].lineCount").value(2));
        mvc.perform(get("/api/portal/orders/{id}", d.orderA()).with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.order.number").value(d.orderANumber()))
                .andExpect(jsonPath("$.order.lines.length()").value(2))
                .andExpect(jsonPath("$.order.lines[0].itemKey").value("SPEC-1"))
                .andExpect(jsonPath("$.milestones[0].number").value(1))
                .andExpect(jsonPath("$.milestones[*].position", hasItem("CURRENT")))
                .andExpect(jsonPath("$.deliveredItems[*].itemKey", hasItem("SPEC-2")))
                .andExpect(jsonPath("$.deliveredItems[0].overridden").value(false))
                .andExpect(jsonPath("$.tasks[0].id").value(task.getId()))
                .andExpect(jsonPath("$.tasks[0].state").value("OPEN"))
                .andExpect(jsonPath("$.changeRequests.length()").value(0))
                .andExpect(content().string(not(containsString(d.orderBNumber()))));
    }

    @Test
    void quotesShowCustomisationStateButNeitherCostsNorComments() throws Exception {
        long quote = fixtures.answeredQuote(d);
        mvc.perform(get("/api/portal/quotes").with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) quote)));
        mvc.perform(get("/api/portal/quotes/{id}", quote).with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1].kind").value("CUSTOMISATION"))
                .andExpect(jsonPath("$.lines[1].customisation").value("FEASIBLE"))
                .andExpect(jsonPath("$.lines[1].priceDelta").value(4321.0))
                .andExpect(jsonPath("$.lines[1].scheduleDeltaDays").value(12))
                .andExpect(jsonPath("$.lines[1].costDelta").doesNotExist())
                .andExpect(jsonPath("$.lines[1].answerNote").doesNotExist())
                .andExpect(content().string(not(containsString("98765"))))
                .andExpect(content().string(not(containsString(PortalFixtures.SECRET_COMMENT))))
                .andExpect(content().string(not(containsString("costCurrency"))));
    }

    @Test
    void aChangeRequestIsRaisedOnTheOrder() throws Exception {
        mvc.perform(post("/api/portal/orders/{id}/change-requests", d.orderA()).with(csrf()).with(as(hannah))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Add a second label printer\",\"description\":\"For export.\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/portal/orders/" + d.orderA()))
                .andExpect(jsonPath("$.key").value(org.hamcrest.Matchers.startsWith("CR-")))
                .andExpect(jsonPath("$.origin").value("CUSTOMER"))
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        mvc.perform(get("/api/portal/orders/{id}", d.orderA()).with(as(hannah)))
                .andExpect(jsonPath("$.changeRequests[0].title").value("Add a second label printer"));
    }

    @Test
    void badChangeRequestsAnswer400ProblemsAndWriteNothing() throws Exception {
        long before = changeRequests();
        for (String body : new String[] {"{}", "{\"title\":\"  \"}", "{\"title\":\"" + "x".repeat(201) + "\"}"}) {
            mvc.perform(post("/api/portal/orders/{id}/change-requests", d.orderA()).with(csrf()).with(as(hannah))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("title"));
        }
        mvc.perform(post("/api/portal/orders/{id}/change-requests", d.orderA()).with(csrf()).with(as(hannah))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Fine\",\"description\":\"" + "y".repeat(10_001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        mvc.perform(post("/api/portal/orders/{id}/change-requests", d.orderA()).with(csrf()).with(as(hannah)))
                .andExpect(status().isBadRequest());
        assertThat(changeRequests()).isEqualTo(before);
    }

    /** Staff are refused the portal API by the URL rules: 403 problem, no customer data. */
    @Test
    void staffAreRefusedThePortalApi() throws Exception {
        CurrentUser manager = d.shop().team().manager().user();
        for (String url : new String[] {"/api/portal/orders", "/api/portal/orders/" + d.orderA(), "/api/portal/quotes"}) {
            mvc.perform(get(url).with(as(manager))).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(d.orderANumber()))));
        }
        mvc.perform(get("/api/portal/orders")).andExpect(status().isUnauthorized());
    }

    private long changeRequests() {
        return jdbc.queryForObject("select count(*) from change_request", Long.class);
    }
}

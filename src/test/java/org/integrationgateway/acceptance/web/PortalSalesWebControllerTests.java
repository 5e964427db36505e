package org.integrationgateway.acceptance.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.integrationgateway.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.PortalFixtures;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.specs.OverrideInput;
import org.integrationgateway.specs.VariantCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The portal's pages: home, orders, an order with its change request form, quotes; empty states; staff kept out. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class PortalSalesWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired PortalFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired VariantCatalog variants;

    Delivery d;
    CurrentUser hannah;

    @BeforeEach
    void setUp() {
        d = fixtures.acceptance().delivery();
        hannah = d.hannahAccount();
    }

    @Test
    void theHomeListsTheOrganisationsOrdersOpenQuotesAndTasksWithThePortalNavigation() throws Exception {
        long quote = fixtures.answeredQuote(d);
        AcceptanceTask task = fixtures.acceptance().task(d);
        mvc.perform(get("/portal").with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(d.orderANumber()),
                        containsString("data-testid=\"portal-quote-" + quote + "\""),
                        containsString("data-testid=\"portal-task-" + task.getId() + "\""),
                        containsString("data-testid=\"portal-nav-orders\""),
                        containsString("data-testid=\"portal-nav-quotes\""),
                        containsString("data-testid=\"portal-nav-acceptance\""),
                        containsString("data-testid=\"portal-nav-organisation\""))))
                .andExpect(content().string(allOf(not(containsString(d.orderBNumber())),
                        not(containsString("Orchid")))))
                // with orders, quotes and tasks there is no empty state
                .andExpect(content().string(not(containsString("empty-state"))));
    }

    @Test
    void theOrderPageShowsLinesMilestonesDeliveredItemsAndTasks() throws Exception {
        AcceptanceTask task = fixtures.acceptance().task(d);
        mvc.perform(get("/portal/orders/{id}", d.orderA()).with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(d.orderANumber()),
                        containsString("data-testid=\"portal-order-lines\""),
                        containsString("data-testid=\"milestone-1\""),
                        containsString("data-testid=\"delivered-SPEC-1\""),
                        containsString("data-testid=\"delivered-SPEC-2\""),
                        containsString("<p>The standard K7 base line.</p>"),
                        containsString("data-testid=\"portal-task-" + task.getId() + "\""),
                        containsString("You have not requested any change to this order."),
                        containsString("data-testid=\"portal-change-form\""))))
                .andExpect(content().string(not(containsString("delivered-SPEC-3"))));
        mvc.perform(get("/portal/orders").with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"portal-order-" + d.orderA() + "\"")))
                .andExpect(content().string(not(containsString(d.orderBNumber()))));
    }

    @Test
    void anItemTheVariantOverridesIsMarkedCustomisedAndRenderedAsMarkdown() throws Exception {
        long variant = jdbc.queryForObject("select variant from sales_order where id = ?", Long.class, d.orderA());
        ChangeControlFixtures.as(d.shop().team().manager(), () -> variants.override(variant, null, "SPEC-3",
                new OverrideInput(null, "Height **1,050 mm** for the Leeds plant.", null, "The customer's plant")));
        mvc.perform(get("/portal/orders/{id}", d.orderA()).with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"delivered-SPEC-3\""),
                        containsString("Customised for you"), containsString("<strong>1,050 mm</strong>"))));
        mvc.perform(get("/portal/orders/{id}", d.orderB()).with(as(d.victorAccount())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("Customised for you")),
                        not(containsString("1,050 mm")))));
    }

    @Test
    void aChangeRequestIsRaisedFromTheOrderPageWithAFlash() throws Exception {
        mvc.perform(post("/portal/orders/{id}/change-requests", d.orderA()).with(csrf()).with(as(hannah))
                        .param("title", "Add a second label printer").param("description", "For the export line."))
                .andExpect(redirectedUrl("/portal/orders/" + d.orderA()))
                .andExpect(flash().attribute("flash", containsString("was raised")));
        mvc.perform(get("/portal/orders/{id}", d.orderA()).with(as(hannah)))
                .andExpect(content().string(allOf(containsString("Add a second label printer"),
                        containsString("Submitted"))));
    }

    @Test
    void aBadChangeRequestShowsTheErrorNextToTheFieldAndWritesNothing() throws Exception {
        long before = changeRequests();
        mvc.perform(post("/portal/orders/{id}/change-requests", d.orderA()).with(csrf()).with(as(hannah))
                        .param("title", " ").param("description", "Something"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("change", "title"))
                .andExpect(content().string(allOf(containsString("id=\"title-error\""),
                        containsString("Say in a few words what you would like changed."),
                        containsString("Something"))));
        mvc.perform(post("/portal/orders/{id}/change-requests", d.orderA()).with(csrf()).with(as(hannah))
                        .param("title", "Fine").param("description", "y".repeat(10_001)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("change", "description"));
        assertEquals(before, changeRequests());
    }

    @Test
    void theQuotePageShowsTheCustomisationStateButNeitherCostNorTheBoardsComment() throws Exception {
        long quote = fixtures.answeredQuote(d);
        mvc.perform(get("/portal/quotes/{id}", quote).with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(PortalFixtures.CUSTOMISATION),
                        containsString("Feasible"), containsString("EUR 4,321.00"),
                        containsString("Schedule: 12 days"))))
                .andExpect(content().string(allOf(not(containsString("98,765")), not(containsString("98765")),
                        not(containsString(PortalFixtures.SECRET_COMMENT)), not(containsString("margin far")))));
        mvc.perform(get("/portal/quotes").with(as(hannah)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"portal-quote-" + quote + "\"")));
    }

    @Test
    void aCustomerWithoutOrdersOrQuotesSeesEmptyStates() throws Exception {
        jdbc.update("insert into customer (name, industry, version) values ('Empty Org Portal', 'None', 0)");
        long empty = jdbc.queryForObject("select max(id) from customer where name = 'Empty Org Portal'", Long.class);
        CurrentUser account = users.create(empty, Role.CUSTOMER_CONTACT);
        jdbc.update("insert into customer_contact (customer, full_name, email, user_account, version)"
                + " values (?, 'Ema Empty', ?, ?, 0)", empty, account.email(), account.accountId());
        mvc.perform(get("/portal").with(as(account))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your organisation has no orders yet."),
                        containsString("No quotes are open at the moment."),
                        containsString("No acceptance tasks are waiting for you."))));
        mvc.perform(get("/portal/orders").with(as(account))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your organisation has no orders yet.")));
        mvc.perform(get("/portal/quotes").with(as(account))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your organisation has no quotes yet.")));
        mvc.perform(get("/portal/orders/{id}", d.orderA()).with(as(account))).andExpect(status().isNotFound());
    }

    /** Staff are refused the portal by the URL rules: 403 (they know the portal exists; no customer data is shown). */
    @Test
    void staffAreRefusedThePortal() throws Exception {
        CurrentUser manager = d.shop().team().manager().user();
        for (String url : new String[] {"/portal", "/portal/orders", "/portal/orders/" + d.orderA(), "/portal/quotes"}) {
            mvc.perform(get(url).with(as(manager))).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(d.orderANumber()))));
        }
        mvc.perform(post("/portal/orders/{id}/change-requests", d.orderA()).with(csrf()).with(as(manager))
                .param("title", "Staff change")).andExpect(status().isForbidden());
        mvc.perform(get("/portal")).andExpect(status().is3xxRedirection());
    }

    private long changeRequests() {
        return jdbc.queryForObject("select count(*) from change_request", Long.class);
    }

    private static void assertEquals(long expected, long actual) {
        org.assertj.core.api.Assertions.assertThat(actual).isEqualTo(expected);
    }
}

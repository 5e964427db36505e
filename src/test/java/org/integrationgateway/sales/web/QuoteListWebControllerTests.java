package org.integrationgateway.sales.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import static org.integrationgateway.sales.QuoteFixtures.customisation;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteDraft;
import org.integrationgateway.sales.QuoteFixtures;
import org.integrationgateway.sales.QuoteFixtures.Shop;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The quote and order list pages: who may open them, what a row shows, the state filter, paging, empty states. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class QuoteListWebControllerTests extends JsonApiRequests {

    @Autowired QuoteFixtures fixtures;
    @Autowired QuoteDesk desk;

    Shop shop;

    @BeforeEach
    void setUp() {
        shop = fixtures.shop();
    }

    Quote quote() {
        return ChangeControlFixtures.as(shop.carla(), () -> desk.create(shop.opportunity(), new QuoteDraft(null, null)));
    }

    @Test
    void theQuoteListShowsTheTeamsQuotesWithStateTotalAndLinks() throws Exception {
        Quote quote = quote();
        ChangeControlFixtures.as(shop.carla(), () -> desk.addCustomisation(quote.getId(), null, customisation("Blue paint", "100")));
        mvc.perform(get("/sales/quotes").with(as(shop.gus()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/sales/quotes/" + quote.getId() + "\""),
                        containsString(">" + quote.key() + "<"),
                        containsString("Awaiting answers"),
                        containsString("1 waiting for an answer"),
                        containsString("EUR 0.00"),
                        containsString("Bellamy Foods"),
                        containsString(shop.team().code()),
                        containsString("data-label=\"Customer\""),
                        containsString("data-testid=\"nav-quotes\""),
                        containsString("data-testid=\"nav-orders\""))));
        mvc.perform(get("/sales/quotes").with(as(shop.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">" + quote.key() + "<")));
        mvc.perform(get("/sales/quotes").with(as(shop.dana()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(">" + quote.key() + "<")),
                        containsString("No quotes yet"))));
    }

    @Test
    void theStateFilterNarrowsTheListAndPagesKeepIt() throws Exception {
        Quote waiting = quote();
        ChangeControlFixtures.as(shop.carla(), () -> desk.addCustomisation(waiting.getId(), null, customisation("Blue paint", "100")));
        mvc.perform(get("/sales/quotes?state=AWAITING_ANSWERS").with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">" + waiting.key() + "<"),
                        containsString("<option value=\"AWAITING_ANSWERS\" selected=\"selected\""))));
        mvc.perform(get("/sales/quotes?state=READY").with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(">" + waiting.key() + "<")),
                        containsString("No quotes in this state."))));
        mvc.perform(get("/sales/quotes?state=SIGNED").with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Unknown state"),
                        containsString(">" + waiting.key() + "<"))));

        for (int i = 0; i < 21; i++) {
            quote();
        }
        mvc.perform(get("/sales/quotes?state=DRAFT").with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Page 1 of 2 (21 in all)"),
                        containsString("href=\"/sales/quotes?state=DRAFT&amp;page=1\""))));
        mvc.perform(get("/sales/quotes?state=DRAFT&page=1").with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 of 2 (21 in all)")));
    }

    @Test
    void theOrderListShowsItsEmptyState() throws Exception {
        mvc.perform(get("/sales/orders").with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No orders yet"), containsString("Orders"))));
    }

    @Test
    void whoMayOpenTheLists() throws Exception {
        for (String page : new String[] {"/sales/quotes", "/sales/orders"}) {
            mvc.perform(get(page).with(as(shop.carla()))).andExpect(status().isOk());
            mvc.perform(get(page).with(as(shop.team().manager()))).andExpect(status().isOk());
            mvc.perform(get(page).with(as(shop.team().outsider()))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(as(shop.customer()))).andExpect(status().isNotFound());
            mvc.perform(get(page)).andExpect(status().is3xxRedirection());
            mvc.perform(get(page + "?page=-1").with(as(shop.carla()))).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/sales/pipeline").with(as(shop.team().outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/projects").with(as(shop.team().outsider()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"nav-quotes\""))));
    }
}

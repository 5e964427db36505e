package org.integrationgateway.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.sales.CustomisationAnswer;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteFixtures;
import org.integrationgateway.sales.QuoteFixtures.Shop;
import org.integrationgateway.sales.QuoteState;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The quote builder, the quote page's live answer and the order page: the offer catalogue, customisations raising
 * change requests, the project's answer on the page, the customer's acceptance of the exact terms, booking, inline
 * errors, and who sees and changes what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class QuoteWebControllerTests extends JsonApiRequests {

    @Autowired QuoteFixtures fixtures;
    @Autowired QuoteDesk desk;
    @Autowired ChangeControl changeControl;
    Shop shop;

    @BeforeEach
    void setUp() {
        shop = fixtures.shop();
    }

    long newQuote() throws Exception {
        String location = mvc.perform(post("/sales/opportunities/{id}/quotes", shop.opportunity()).with(as(shop.carla())))
                .andExpect(redirectedUrlPattern("/sales/quotes/*"))
                .andExpect(flash().attributeExists("flash"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Quote quote(long id) {
        return ChangeControlFixtures.as(shop.carla(), () -> desk.quote(id));
    }

    void engineerApproves(long changeRequest) {
        ChangeControlFixtures.as(shop.team().engineer(), () -> {
            changeControl.startAssessment(changeRequest, null, null);
            changeControl.assess(changeRequest, null, ChangeControlFixtures.impact("1200", 3, "mechanical"));
            return changeControl.completeAssessment(changeRequest, null, null);
        });
    }

    @Test
    void aSalespersonBuildsAQuoteSeesTheAnswerAndTheCustomerAcceptsAndTheOrderIsBooked() throws Exception {
        long id = newQuote();
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-live-topics=\"quote:" + id + "\""),
                        containsString("hx-get=\"/sales/quotes/" + id + "/live\""),
                        containsString("data-testid=\"quote-state\""), containsString("Draft"),
                        containsString("K7 base line"), containsString("EUR 280,000.00"), containsString("lead time 40 days"),
                        containsString("Servo film feeder"), containsString("EUR 12,500.00"),
                        containsString("Priced in USD; this quote is in EUR."),
                        containsString("data-testid=\"customisation-form\""),
                        containsString("hx-get=\"/discussions/quote/" + id + "\""))));

        mvc.perform(post("/sales/quotes/{id}/options", id).with(as(shop.carla())).param("itemKey", "SPEC-2").param("quantity", "1"))
                .andExpect(redirectedUrl("/sales/quotes/" + id + "#line-1"));
        mvc.perform(post("/sales/quotes/{id}/customisations", id).with(as(shop.carla()))
                        .param("wording", "Conveyor height 1,050 mm instead of 900 mm")
                        .param("wantedBy", LocalDate.now().plusMonths(2).toString()).param("value", "25000"))
                .andExpect(redirectedUrl("/sales/quotes/" + id + "#line-2"));
        Quote waiting = quote(id);
        assertThat(waiting.getState()).isEqualTo(QuoteState.AWAITING_ANSWERS);
        long cr = waiting.line(2).getChangeRequest();
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-testid=\"line-2-answer\">Waiting<"), containsString("data-quote-timer"),
                        containsString("asked "), containsString("answer due "),
                        containsString("href=\"/changes/" + cr + "\""), containsString("Awaiting answers"),
                        not(containsString("data-testid=\"accept-form\"")))));

        engineerApproves(cr);
        await().atMost(Duration.ofSeconds(10)).until(() -> quote(id).line(2).getAnswer() == CustomisationAnswer.FEASIBLE);

        mvc.perform(get("/sales/quotes/{id}/live", id).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"quote-live-summary\""), containsString("id=\"quote-live-lines\""),
                        containsString("id=\"quote-live-add\""), containsString("id=\"quote-live-decide\""),
                        containsString("data-testid=\"line-2-answer\">Feasible<"),
                        containsString("data-testid=\"line-2-price-delta\">+EUR 1,900.00<"),
                        containsString("data-testid=\"line-2-schedule-delta\">+3 days<"),
                        containsString("answered in "),
                        containsString("data-testid=\"quote-total\">EUR 14,400.00<"),
                        containsString("data-testid=\"accept-terms\""), not(containsString("<html")))));

        Quote ready = quote(id);
        mvc.perform(post("/sales/quotes/{id}/accept", id).with(as(shop.carla())).param("name", "Hannah Bellamy")
                        .param("version", String.valueOf(ready.getVersion() - 1)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Check the terms below again.")));
        mvc.perform(post("/sales/quotes/{id}/accept", id).with(as(shop.carla())).param("name", " ")
                        .param("version", String.valueOf(ready.getVersion())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("aria-describedby=\"name-error\"")));
        mvc.perform(post("/sales/quotes/{id}/accept", id).with(as(shop.carla())).param("name", "Hannah Bellamy")
                        .param("contactId", String.valueOf(shop.hannah())).param("version", String.valueOf(ready.getVersion())))
                .andExpect(redirectedUrl("/sales/quotes/" + id));
        Quote accepted = quote(id);
        assertThat(accepted.getState()).isEqualTo(QuoteState.ACCEPTED);
        assertThat(accepted.getAcceptedTerms()).contains("Quote " + accepted.key() + " version " + ready.getVersion());
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"book\""),
                        containsString(accepted.getAcceptedTermsHash()), not(containsString("data-testid=\"option-form\"")))));

        String order = mvc.perform(post("/sales/quotes/{id}/book", id).with(as(shop.carla()))
                        .param("version", String.valueOf(accepted.getVersion())))
                .andExpect(redirectedUrlPattern("/sales/orders/*")).andReturn().getResponse().getRedirectedUrl();
        long orderId = Long.parseLong(order.substring(order.lastIndexOf('/') + 1));
        mvc.perform(get(order).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(String.format("ORD-%04d", orderId)), containsString("Carla Reyes"),
                        containsString("data-testid=\"order-total\">EUR 14,400.00<"),
                        containsString("CR-" + cr), containsString("SPEC-2"), containsString(accepted.getAcceptedTermsHash()))));
        mvc.perform(get("/sales/opportunities/{id}", shop.opportunity()).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-quote=\"" + accepted.key() + "\""), containsString("Ordered"))));
    }

    @Test
    void refusedInputComesBackInlineAndNothingIsSaved() throws Exception {
        long id = newQuote();
        mvc.perform(post("/sales/quotes/{id}/customisations", id).with(as(shop.carla())).param("wording", " ")
                        .param("value", "1000"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("aria-describedby=\"wording-error\""), containsString("class=\"invalid-feedback d-block\""))));
        mvc.perform(post("/sales/quotes/{id}/customisations", id).with(as(shop.carla())).param("wording", "Blue panel")
                        .param("wantedBy", LocalDate.now().minusDays(1).toString()).param("value", "1000"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("wantedBy-error"), containsString(">Blue panel</textarea>"))));
        mvc.perform(post("/sales/quotes/{id}/customisations", id).with(as(shop.carla())).param("wording", "Blue panel")
                        .param("value", "lots"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value-error")));
        mvc.perform(post("/sales/quotes/{id}/options", id).with(as(shop.carla())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("itemKey-error")));
        mvc.perform(post("/sales/quotes/{id}/options", id).with(as(shop.carla())).param("itemKey", "SPEC-4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("itemKey-error")));
        mvc.perform(post("/sales/quotes/{id}/options", id).with(as(shop.carla())).param("itemKey", "SPEC-3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not a priced option")));
        mvc.perform(post("/sales/quotes/{id}/accept", id).with(as(shop.carla())).param("name", "Hannah")
                        .param("version", String.valueOf(quote(id).getVersion())))
                .andExpect(redirectedUrl("/sales/quotes/" + id))
                .andExpect(flash().attribute("flashError", containsString("The quote is not ready")));
        mvc.perform(post("/sales/quotes/{id}/book", id).with(as(shop.carla())))
                .andExpect(redirectedUrl("/sales/quotes/" + id)).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/sales/quotes/{id}/lines/7/remove", id).with(as(shop.carla()))).andExpect(status().isNotFound());
        assertThat(quote(id).getLines()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from change_request where project = ?", Integer.class,
                shop.project())).isZero();

        mvc.perform(post("/sales/quotes/{id}/decline", id).with(as(shop.carla())).param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("reason-error")));
        mvc.perform(post("/sales/quotes/{id}/decline", id).with(as(shop.carla())).param("reason", "Budget moved to 2027"))
                .andExpect(redirectedUrl("/sales/quotes/" + id));
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Declined"), containsString("Budget moved to 2027"),
                        not(containsString("data-testid=\"option-form\"")), not(containsString("data-testid=\"decline-form\"")))));
    }

    @Test
    void aCustomisationThatIsNotFeasibleIsRemovedOrReworded() throws Exception {
        long id = newQuote();
        mvc.perform(post("/sales/quotes/{id}/customisations", id).with(as(shop.carla()))
                .param("wording", "Frame in titanium").param("value", "90000")).andExpect(status().is3xxRedirection());
        long cr = quote(id).line(1).getChangeRequest();
        ChangeControlFixtures.as(shop.team().engineer(), () -> {
            changeControl.startAssessment(cr, null, null);
            changeControl.assess(cr, null, ChangeControlFixtures.impact("9000", 3, "mechanical"));
            return changeControl.completeAssessment(cr, null, null);
        });
        for (var member : java.util.List.of(shop.team().manager(), shop.team().tom())) {
            ChangeControlFixtures.as(member, () -> changeControl.vote(cr,
                    org.integrationgateway.changecontrol.VoteChoice.REJECT, null, "Titanium is not an option."));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> quote(id).line(1).getAnswer() == CustomisationAnswer.NOT_FEASIBLE);
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"line-1-answer\">Not feasible<"),
                        containsString("data-testid=\"line-1-reword\""), containsString("data-testid=\"line-1-remove\""))));

        Quote refused = quote(id);
        mvc.perform(post("/sales/quotes/{id}/lines/1/reword", id).with(as(shop.carla())).param("wording", " ")
                        .param("value", "90000").param("version", String.valueOf(refused.getVersion())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("reword-1-wording-error")));
        mvc.perform(post("/sales/quotes/{id}/lines/1/reword", id).with(as(shop.carla())).param("wording", "Frame in 316L steel")
                        .param("value", "90000").param("version", String.valueOf(refused.getVersion())))
                .andExpect(redirectedUrl("/sales/quotes/" + id + "#line-2"));
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"line-1-status\""), containsString("Reworded"),
                        containsString("Rewords line 1"), containsString("data-testid=\"line-2-answer\">Waiting<"))));
        mvc.perform(post("/sales/quotes/{id}/lines/2/remove", id).with(as(shop.carla()))
                        .param("version", String.valueOf(quote(id).getVersion())))
                .andExpect(redirectedUrl("/sales/quotes/" + id + "#line-2"));
        assertThat(quote(id).line(2).getStatus().name()).isEqualTo("REMOVED");
    }

    @Test
    void quotesAndOrdersFollowTheirOpportunity() throws Exception {
        long id = newQuote();
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.gus()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"option-form\"")));
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.team().manager()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"read-only\""),
                        not(containsString("data-testid=\"option-form\"")), not(containsString("data-testid=\"decline-form\"")))));
        mvc.perform(get("/sales/quotes/{id}/live", id).with(as(shop.team().manager()))).andExpect(status().isOk());
        mvc.perform(post("/sales/quotes/{id}/customisations", id).with(as(shop.team().manager()))
                .param("wording", "Blue").param("value", "10")).andExpect(status().isForbidden());
        mvc.perform(post("/sales/quotes/{id}/decline", id).with(as(shop.team().manager()))
                .param("reason", "No")).andExpect(status().isForbidden());
        mvc.perform(post("/sales/opportunities/{id}/quotes", shop.opportunity()).with(as(shop.team().manager())))
                .andExpect(status().isForbidden());
        for (var outsider : java.util.List.of(shop.dana(), shop.team().outsider())) {
            mvc.perform(get("/sales/quotes/{id}", id).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/sales/quotes/{id}/live", id).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/sales/quotes/{id}/options", id).with(as(outsider)).param("itemKey", "SPEC-2"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/sales/quotes/{id}/book", id).with(as(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/sales/quotes/{id}", id).with(as(shop.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/sales/orders/{id}", 999_999).with(as(shop.carla()))).andExpect(status().isNotFound());
        mvc.perform(get("/sales/quotes/{id}", id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/sales/quotes/{id}", 999_999).with(as(shop.carla()))).andExpect(status().isNotFound());
        assertThat(quote(id).getLines()).isEmpty();
    }
}

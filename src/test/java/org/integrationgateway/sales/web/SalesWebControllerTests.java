package org.integrationgateway.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.integrationgateway.sales.SalesFixtures.draft;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.OpportunityDraft;
import org.integrationgateway.sales.SalesFixtures;
import org.integrationgateway.sales.SalesFixtures.World;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The sales pages: the board with its totals, cards and htmx moves, the forms with inline errors, who sees what. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class SalesWebControllerTests extends JsonApiRequests {

    @Autowired SalesFixtures fixtures;
    @Autowired SalesPipeline pipeline;
    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
    }

    Opportunity open(String title, String value, String currency, LocalDate close) {
        return SalesFixtures.as(w.marco(), () -> pipeline.create(new OpportunityDraft(w.bellamy(), w.hannah(), title, null,
                new java.math.BigDecimal(value), currency, null, close, null, List.of(w.project()))));
    }

    int count() {
        return jdbc.queryForObject("select count(*) from opportunity where customer = ?", Integer.class, w.bellamy());
    }

    @Test
    void theBoardShowsColumnsWithTotalsPerCurrencyCardsAndClosedSummaries() throws Exception {
        Opportunity eur = open("K7 line for Bellamy", "310000", "EUR", LocalDate.now().plusMonths(1));
        open("Vision module", "65000", "GBP", LocalDate.now().plusMonths(2));
        Opportunity late = open("Spare parts", "1000", "EUR", LocalDate.now());
        jdbc.update("update opportunity set expected_close = ? where id = ?", LocalDate.now().minusDays(3), late.getId());
        SalesFixtures.as(w.marco(), () -> pipeline.move(eur.getId(), eur.getVersion(),
                org.integrationgateway.sales.StageMove.to(org.integrationgateway.sales.OpportunityStage.NEGOTIATION)));

        mvc.perform(get("/sales/pipeline?customerId=" + w.bellamy()).with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-stage=\"NEGOTIATION\""),
                        containsString("Total EUR 310,000.00"), containsString("weighted EUR 232,500.00"),
                        containsString("Total GBP 65,000.00"), containsString("weighted GBP 6,500.00"),
                        containsString("data-opportunity=\"OPP-" + eur.getId() + "\""),
                        containsString("data-testid=\"overdue\""),
                        containsString("data-testid=\"move-form\""),
                        containsString("data-stage=\"WON\""))))
                .andExpect(content().string(not(containsString("Total EUR 311,000.00"))));
        mvc.perform(get("/sales/pipeline?customerId=" + w.bellamy()).with(as(w.sofia()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("K7 line for Bellamy"),
                        not(containsString("data-testid=\"move-form\"")), not(containsString("data-testid=\"new-opportunity\"")))));
        mvc.perform(get("/sales/pipeline?customerId=" + w.orchid()).with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No opportunities match.")));
        mvc.perform(get("/sales/pipeline").with(as(w.plain()))).andExpect(status().isForbidden());
        mvc.perform(get("/sales/pipeline").with(as(w.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/sales/pipeline")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCardMovesWithHtmxAnsweringTheBoardOrWithAPlainPostRedirecting() throws Exception {
        Opportunity o = open("K7 line for Bellamy", "310000", "EUR", LocalDate.now().plusMonths(1));
        mvc.perform(post("/sales/opportunities/{id}/stage", o.getId()).with(as(w.grace())).header("HX-Request", "true")
                        .param("stage", "QUALIFIED").param("version", String.valueOf(o.getVersion()))
                        .param("customerId", String.valueOf(w.bellamy())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"pipeline-board\""),
                        containsString("is now in Qualified"), not(containsString("<html")))));
        assertThat(stage(o)).isEqualTo("QUALIFIED");
        mvc.perform(post("/sales/opportunities/{id}/stage", o.getId()).with(as(w.grace())).header("HX-Request", "true")
                        .param("stage", "PROPOSAL").param("version", String.valueOf(o.getVersion())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"board-error\"")));
        assertThat(stage(o)).isEqualTo("QUALIFIED");
        mvc.perform(post("/sales/opportunities/{id}/stage", o.getId()).with(as(w.grace()))
                        .param("stage", "PROPOSAL").param("version", String.valueOf(version(o)))
                        .param("customerId", String.valueOf(w.bellamy())))
                .andExpect(redirectedUrl("/sales/pipeline?customerId=" + w.bellamy()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post("/sales/opportunities/{id}/stage", o.getId()).with(as(w.marco())).param("from", "page")
                        .param("stage", "LOST").param("version", String.valueOf(version(o))))
                .andExpect(redirectedUrl("/sales/opportunities/" + o.getId()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(stage(o)).isEqualTo("PROPOSAL");
        mvc.perform(post("/sales/opportunities/{id}/stage", o.getId()).with(as(w.sofia()))
                .param("stage", "WON").param("version", String.valueOf(version(o)))).andExpect(status().isForbidden());
        mvc.perform(post("/sales/opportunities/{id}/stage", o.getId()).with(as(w.dana()))
                .param("stage", "WON").param("version", String.valueOf(version(o)))).andExpect(status().isNotFound());
        assertThat(stage(o)).isEqualTo("PROPOSAL");
    }

    @Test
    void theFormValidatesInlineAndSavesNothingOnError() throws Exception {
        mvc.perform(get("/sales/opportunities/new?customerId=" + w.bellamy()).with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"opportunity-form\""),
                        containsString("Hannah Bellamy"), containsString("id=\"owner-readonly\""))));
        mvc.perform(get("/sales/opportunities/new").with(as(w.ada()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ownerId\"")));
        mvc.perform(get("/sales/opportunities/new").with(as(w.sofia()))).andExpect(status().isForbidden());
        mvc.perform(get("/sales/opportunities/new").with(as(w.customer()))).andExpect(status().isNotFound());

        String close = LocalDate.now().plusMonths(1).toString();
        mvc.perform(post("/sales/opportunities").with(as(w.marco())).param("customerId", String.valueOf(w.bellamy()))
                        .param("title", "K7").param("value", "-1").param("currency", "EUR").param("expectedClose", close))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"value-error\""),
                        containsString("value=\"K7\""))));
        mvc.perform(post("/sales/opportunities").with(as(w.marco())).param("customerId", String.valueOf(w.bellamy()))
                        .param("title", "K7").param("value", "10").param("currency", "EUR")
                        .param("expectedClose", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"expectedClose-error\"")));
        mvc.perform(post("/sales/opportunities").with(as(w.marco())).param("customerId", String.valueOf(w.bellamy()))
                        .param("contactId", String.valueOf(w.victor())).param("title", "K7").param("value", "10")
                        .param("currency", "EUR").param("expectedClose", close))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"contactId-error\"")));
        mvc.perform(post("/sales/opportunities").with(as(w.marco())).param("customerId", String.valueOf(w.bellamy()))
                        .param("title", "K7").param("value", "ten").param("currency", "EUR").param("expectedClose", close))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"value-error\"")));
        assertThat(count()).isZero();

        mvc.perform(post("/sales/opportunities").with(as(w.marco())).param("customerId", String.valueOf(w.bellamy()))
                        .param("contactId", String.valueOf(w.hannah())).param("title", "K7 line").param("value", "310000")
                        .param("currency", "eur").param("stage", "PROPOSAL").param("expectedClose", close)
                        .param("projectIds", String.valueOf(w.project())))
                .andExpect(redirectedUrlPattern("/sales/opportunities/*"));
        assertThat(jdbc.queryForObject("select stage || ' ' || probability || ' ' || currency from opportunity where customer = ?",
                String.class, w.bellamy())).isEqualTo("PROPOSAL 50 EUR");
    }

    @Test
    void theOpportunityPageAndItsEditFormFollowTheRights() throws Exception {
        Opportunity o = open("K7 line for Bellamy", "310000", "EUR", LocalDate.now().plusMonths(1));
        mvc.perform(get("/sales/opportunities/{id}", o.getId()).with(as(w.grace()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"edit-opportunity\""),
                        containsString("data-testid=\"stage-form\""), containsString("data-testid=\"stage-history\""),
                        containsString("data-testid=\"opportunity-projects\""), containsString("EUR 310,000.00"))));
        mvc.perform(get("/sales/opportunities/{id}", o.getId()).with(as(w.sofia()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"read-only\""),
                        not(containsString("data-testid=\"stage-form\"")), not(containsString("data-testid=\"edit-opportunity\"")))));
        mvc.perform(get("/sales/opportunities/{id}", o.getId()).with(as(w.plain()))).andExpect(status().isNotFound());
        mvc.perform(get("/sales/opportunities/{id}/edit", o.getId()).with(as(w.sofia()))).andExpect(status().isForbidden());
        mvc.perform(get("/sales/opportunities/{id}/edit", o.getId()).with(as(w.grace()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"K7 line for Bellamy\""),
                        containsString("id=\"owner-readonly\""))));

        mvc.perform(post("/sales/opportunities/{id}", o.getId()).with(as(w.grace()))
                        .param("customerId", String.valueOf(w.bellamy())).param("title", "").param("value", "1")
                        .param("currency", "EUR").param("expectedClose", LocalDate.now().plusDays(5).toString())
                        .param("version", String.valueOf(o.getVersion())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"title-error\"")));
        mvc.perform(post("/sales/opportunities/{id}", o.getId()).with(as(w.grace()))
                        .param("customerId", String.valueOf(w.bellamy())).param("title", "Two lanes").param("value", "1")
                        .param("currency", "EUR").param("expectedClose", LocalDate.now().plusDays(5).toString())
                        .param("version", "999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("changed by someone else")));
        mvc.perform(post("/sales/opportunities/{id}", o.getId()).with(as(w.grace()))
                        .param("customerId", String.valueOf(w.bellamy())).param("title", "Two lanes").param("value", "1")
                        .param("currency", "EUR").param("expectedClose", LocalDate.now().plusDays(5).toString())
                        .param("projectIds", String.valueOf(w.project())).param("version", String.valueOf(o.getVersion())))
                .andExpect(redirectedUrl("/sales/opportunities/" + o.getId()));
        assertThat(jdbc.queryForObject("select title from opportunity where id = ?", String.class, o.getId()))
                .isEqualTo("Two lanes");
    }

    @Test
    void accountsListCustomersWithTheirOpenPipelineAndContacts() throws Exception {
        open("K7 line for Bellamy", "310000", "EUR", LocalDate.now().plusMonths(1));
        mvc.perform(get("/sales/accounts?q=Bellamy").with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"accounts\""), containsString("EUR 310,000.00"))));
        mvc.perform(get("/sales/accounts/{id}", w.bellamy()).with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"account-contacts\""),
                        containsString("Hannah Bellamy"), containsString("data-testid=\"account-opportunities\""),
                        containsString("data-testid=\"account-totals\""), containsString("data-testid=\"new-opportunity\""))));
        mvc.perform(get("/sales/accounts/{id}", w.orchid()).with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No opportunities you can see")));
        mvc.perform(get("/sales/accounts").with(as(w.plain()))).andExpect(status().isForbidden());
        mvc.perform(get("/sales/accounts/{id}", w.bellamy()).with(as(w.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/sales/accounts/99999999").with(as(w.marco()))).andExpect(status().isNotFound());
        assertThat(draft(w, "x", "1", "EUR", List.of())).isNotNull();
    }

    private String stage(Opportunity o) {
        return jdbc.queryForObject("select stage from opportunity where id = ?", String.class, o.getId());
    }

    private long version(Opportunity o) {
        return jdbc.queryForObject("select version from opportunity where id = ?", Long.class, o.getId());
    }
}

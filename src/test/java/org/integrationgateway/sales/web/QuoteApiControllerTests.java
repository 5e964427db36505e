package org.integrationgateway.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The quotes and orders API: who may read and write what, bad input as problem details naming the field or the
 * code, a customisation raising its change request, and the whole sale from an empty quote to the booked order with
 * the project's answer arriving asynchronously.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class QuoteApiControllerTests extends JsonApiRequests {

    @Autowired QuoteFixtures fixtures;
    @Autowired ChangeControl changeControl;

    Shop shop;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        shop = fixtures.shop();
        admin = users.create(Role.ADMINISTRATOR);
    }

    long createQuote() throws Exception {
        String json = send(post("/api/sales/opportunities/" + shop.opportunity() + "/quotes"), "{}", shop.carla())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long version(long quote) {
        return jdbc.queryForObject("select version from quote where id = ?", Long.class, quote);
    }

    String customisation(String wording, String value, long version) {
        return """
                {"kind":"CUSTOMISATION","wording":"%s","wantedBy":"%s","value":%s,"version":%d}"""
                .formatted(wording, LocalDate.now().plusMonths(3), value, version);
    }

    String option(String itemKey, int quantity, long version) {
        return """
                {"kind":"OPTION","itemKey":"%s","quantity":%d,"version":%d}""".formatted(itemKey, quantity, version);
    }

    ResultActions addCustomisation(long quote, String wording) throws Exception {
        return send(post("/api/sales/quotes/" + quote + "/lines"), customisation(wording, "50000", version(quote)),
                shop.carla());
    }

    long changeRequestOf(long quote, int line) {
        return jdbc.queryForObject("select change_request from quote_line where quote = ? and number = ?", Long.class,
                quote, line);
    }

    String optionKey(long quote, String title) throws Exception {
        String json = mvc.perform(get("/api/sales/quotes/" + quote + "/offer").with(as(shop.carla())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> keys = JsonPath.read(json, "$.options[?(@.title == '%s')].itemKey".formatted(title));
        return keys.get(0);
    }

    void engineerAnswers(long changeRequest, String cost, int days) {
        ChangeControlFixtures.as(shop.team().engineer(), () -> {
            changeControl.startAssessment(changeRequest, null, null);
            changeControl.assess(changeRequest, null, new ImpactInput(new BigDecimal(cost), "EUR", days, Risk.LOW, null,
                    List.of(new SpecItemRef("SPEC-3", "mechanical")), null, null));
            return changeControl.completeAssessment(changeRequest, null, null);
        });
    }

    @Test
    void aCustomisationRaisesItsChangeRequestAndTheQuoteAwaitsTheAnswer() throws Exception {
        String created = send(post("/api/sales/opportunities/" + shop.opportunity() + "/quotes"),
                "{\"validUntil\":\"%s\"}".formatted(LocalDate.now().plusDays(20)), shop.carla())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/sales/quotes/")))
                .andExpect(jsonPath("$.key").value(startsWith("Q-")))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.opportunity.id").value(shop.opportunity()))
                .andExpect(jsonPath("$.opportunity.title").value(startsWith("K7 line for Bellamy")))
                .andExpect(jsonPath("$.project.id").value(shop.project()))
                .andExpect(jsonPath("$.project.code").value(shop.team().code()))
                .andExpect(jsonPath("$.customer.name").value(startsWith("Bellamy Foods")))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.validUntil").value(LocalDate.now().plusDays(20).toString()))
                .andExpect(jsonPath("$.lines", empty()))
                .andExpect(jsonPath("$.acceptance").doesNotExist())
                .andExpect(jsonPath("$.actions", contains("ADD_LINE", "DECLINE")))
                .andExpect(jsonPath("$.createdBy").value("Carla Reyes"))
                .andReturn().getResponse().getContentAsString();
        long quote = ((Number) JsonPath.read(created, "$.id")).longValue();

        addCustomisation(quote, "Stainless 316L frame for the wash-down area")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/sales/quotes/" + quote))
                .andExpect(jsonPath("$.state").value("AWAITING_ANSWERS"))
                .andExpect(jsonPath("$.pendingCustomisations").value(1))
                .andExpect(jsonPath("$.lines[0].number").value(1))
                .andExpect(jsonPath("$.lines[0].kind").value("CUSTOMISATION"))
                .andExpect(jsonPath("$.lines[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.lines[0].description").value("Stainless 316L frame for the wash-down area"))
                .andExpect(jsonPath("$.lines[0].value").value(50000))
                .andExpect(jsonPath("$.lines[0].amount").value(0))
                .andExpect(jsonPath("$.lines[0].answer").value("OPEN"))
                .andExpect(jsonPath("$.lines[0].askedAt").value(notNullValue()))
                .andExpect(jsonPath("$.lines[0].answerDue").value(notNullValue()))
                .andExpect(jsonPath("$.lines[0].waitedSeconds").value(notNullValue()))
                .andExpect(jsonPath("$.lines[0].changeRequest.key").value(startsWith("CR-")))
                .andExpect(jsonPath("$.lines[0].changeRequest.url").value(startsWith("/api/change-requests/")));

        long cr = changeRequestOf(quote, 1);
        ChangeRequest request = changeControl.changeRequest(cr);
        assertThat(request.getOrigin()).isEqualTo(Origin.SALES);
        assertThat(request.getSource().kind()).isEqualTo(SourceKind.QUOTE_LINE);
        assertThat(request.getSource().reference()).isEqualTo(quote + ":1");
        assertThat(request.getRevenueAtStake()).isEqualByComparingTo("50000");
        assertThat(request.getRevenueCurrency()).isEqualTo("EUR");
        assertThat(request.getProject()).isEqualTo(shop.project());
        assertThat(request.getState()).isEqualTo(ChangeState.SUBMITTED);
        mvc.perform(get("/api/sales/quotes/" + quote).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].changeRequest.id").value(cr))
                .andExpect(jsonPath("$.lines[0].changeRequest.url").value("/api/change-requests/" + cr));

        mvc.perform(get("/api/sales/quotes?state=AWAITING_ANSWERS&projectId=" + shop.project()).with(as(shop.gus())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(quote))
                .andExpect(jsonPath("$.content[0].pendingCustomisations").value(1))
                .andExpect(jsonPath("$.content[0].activeLines").value(1))
                .andExpect(jsonPath("$.content[0].customer.name").value(startsWith("Bellamy Foods")))
                .andExpect(jsonPath("$.content[0].project.code").value(shop.team().code()));
        mvc.perform(get("/api/sales/quotes?state=READY&projectId=" + shop.project()).with(as(shop.gus())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/sales/opportunities/" + shop.opportunity() + "/quotes").with(as(shop.gus())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(quote))
                .andExpect(jsonPath("$[0].state").value("AWAITING_ANSWERS"));
    }

    @Test
    void removingOrRewordingAWaitingCustomisationWithdrawsItsChangeRequest() throws Exception {
        long quote = createQuote();
        addCustomisation(quote, "Blue paint").andExpect(status().isCreated());
        addCustomisation(quote, "Longer infeed").andExpect(status().isCreated());
        long first = changeRequestOf(quote, 1);
        long second = changeRequestOf(quote, 2);

        mvc.perform(delete("/api/sales/quotes/" + quote + "/lines/1?version=" + version(quote)).with(as(shop.carla())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].status").value("REMOVED"))
                .andExpect(jsonPath("$.state").value("AWAITING_ANSWERS"));
        assertThat(changeControl.changeRequest(first).getState()).isEqualTo(ChangeState.WITHDRAWN);

        send(post("/api/sales/quotes/" + quote + "/lines/2/reword"), """
                {"wording":"Infeed 400 mm longer","value":20000,"version":%d}""".formatted(version(quote)), shop.gus())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1].status").value("REWORDED"))
                .andExpect(jsonPath("$.lines[2].number").value(3))
                .andExpect(jsonPath("$.lines[2].rewords").value(2))
                .andExpect(jsonPath("$.lines[2].answer").value("OPEN"));
        assertThat(changeControl.changeRequest(second).getState()).isEqualTo(ChangeState.WITHDRAWN);
        long third = changeRequestOf(quote, 3);
        assertThat(third).isNotIn(first, second);
        assertThat(changeControl.changeRequest(third).getSource().reference()).isEqualTo(quote + ":3");

        mvc.perform(delete("/api/sales/quotes/" + quote + "/lines/1?version=" + version(quote)).with(as(shop.carla())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("line-not-active"));
        mvc.perform(delete("/api/sales/quotes/" + quote + "/lines/99?version=" + version(quote)).with(as(shop.carla())))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/sales/quotes/" + quote + "/lines/3").with(as(shop.carla())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void whoMayReadAndWriteQuotes() throws Exception {
        long quote = createQuote();
        addCustomisation(quote, "Blue paint").andExpect(status().isCreated());
        String path = "/api/sales/quotes/" + quote;
        var sofia = shop.team().manager();
        var olga = shop.team().outsider();

        mvc.perform(get(path).with(as(shop.carla()))).andExpect(status().isOk());
        mvc.perform(get(path).with(as(shop.gus()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions", contains("ADD_LINE", "DECLINE")));
        mvc.perform(get(path).with(as(admin))).andExpect(status().isOk());
        mvc.perform(get(path).with(as(sofia))).andExpect(status().isOk()).andExpect(jsonPath("$.actions", empty()));
        mvc.perform(get(path).with(as(shop.dana()))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(olga))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(shop.team().engineer()))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(shop.customer()))).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/sales/quotes/99999999").with(as(admin))).andExpect(status().isNotFound());

        mvc.perform(get(path + "/offer").with(as(shop.dana()))).andExpect(status().isNotFound());
        mvc.perform(get(path + "/offer").with(as(shop.customer()))).andExpect(status().isNotFound());
        mvc.perform(get(path + "/offer")).andExpect(status().isUnauthorized());

        String list = "/api/sales/quotes?projectId=" + shop.project();
        mvc.perform(get(list).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get(list).with(as(sofia))).andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get(list).with(as(admin))).andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get(list).with(as(shop.dana()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(list).with(as(olga))).andExpect(status().isForbidden());
        mvc.perform(get(list).with(as(shop.customer()))).andExpect(status().isNotFound());
        mvc.perform(get(list)).andExpect(status().isUnauthorized());

        String ofOpportunity = "/api/sales/opportunities/" + shop.opportunity() + "/quotes";
        mvc.perform(get(ofOpportunity).with(as(sofia))).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get(ofOpportunity).with(as(shop.dana()))).andExpect(status().isNotFound());
        mvc.perform(get(ofOpportunity).with(as(olga))).andExpect(status().isNotFound());
        mvc.perform(get(ofOpportunity).with(as(shop.customer()))).andExpect(status().isNotFound());
        mvc.perform(get(ofOpportunity)).andExpect(status().isUnauthorized());

        send(post(ofOpportunity), "{}", sofia).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("read-only"));
        send(post(ofOpportunity), "{}", shop.dana()).andExpect(status().isNotFound());
        send(post(ofOpportunity), "{}", olga).andExpect(status().isNotFound());
        send(post(ofOpportunity), "{}", shop.customer()).andExpect(status().isNotFound());
        anonymous(post(ofOpportunity), "{}").andExpect(status().isUnauthorized());
        send(post(ofOpportunity), "{}", admin).andExpect(status().isCreated());

        long v = version(quote);
        record Write(java.util.function.Supplier<MockHttpServletRequestBuilder> request, String body) {
        }
        List<Write> writes = List.of(
                new Write(() -> post(path + "/lines"), customisation("Green paint", "100", v)),
                new Write(() -> delete(path + "/lines/1?version=" + v), ""),
                new Write(() -> post(path + "/lines/1/reword"), "{\"wording\":\"Red\",\"value\":10,\"version\":%d}".formatted(v)),
                new Write(() -> post(path + "/accept"), "{\"name\":\"Hannah\",\"version\":%d}".formatted(v)),
                new Write(() -> post(path + "/decline"), "{\"reason\":\"Too dear\",\"version\":%d}".formatted(v)),
                new Write(() -> post(path + "/book"), "{\"version\":%d}".formatted(v)));
        for (Write write : writes) {
            send(write.request().get(), write.body(), sofia).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("read-only"));
            send(write.request().get(), write.body(), shop.dana()).andExpect(status().isNotFound());
            send(write.request().get(), write.body(), olga).andExpect(status().isNotFound());
            send(write.request().get(), write.body(), shop.customer()).andExpect(status().isNotFound());
            anonymous(write.request().get(), write.body()).andExpect(status().isUnauthorized());
        }
        assertThat(version(quote)).isEqualTo(v);

        mvc.perform(get("/api/sales/orders").with(as(shop.carla()))).andExpect(status().isOk());
        mvc.perform(get("/api/sales/orders").with(as(sofia))).andExpect(status().isOk());
        mvc.perform(get("/api/sales/orders").with(as(olga))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sales/orders").with(as(shop.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/orders")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/sales/orders/99999999").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void badInputAnswers400NamingTheField409And422WithTheirCodes() throws Exception {
        String create = "/api/sales/opportunities/" + shop.opportunity() + "/quotes";
        send(post(create), "{\"projectId\":%d}".formatted(shop.project() + 100_000), shop.carla())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-not-of-opportunity"));
        send(post(create), "{\"validUntil\":\"%s\"}".formatted(LocalDate.now().plusYears(2)), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        send(post(create), "{\"validUntil\":\"yesterday\"}", shop.carla()).andExpect(status().isBadRequest());

        long quote = createQuote();
        String lines = "/api/sales/quotes/" + quote + "/lines";
        long v = version(quote);
        send(post(lines), "{\"wording\":\"Blue\",\"value\":10,\"version\":%d}".formatted(v), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        send(post(lines), "{\"kind\":\"CUSTOMISATION\",\"wording\":\"Blue\",\"value\":10}", shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(post(lines), customisation("", "10", v), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("wording"));
        send(post(lines), customisation("Blue", "0", v), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        send(post(lines), customisation("Blue", "10.123", v), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        send(post(lines), """
                {"kind":"CUSTOMISATION","wording":"Blue","wantedBy":"%s","value":10,"version":%d}"""
                .formatted(LocalDate.now().minusDays(1), v), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("wantedBy"));
        send(post(lines), option("", 1, v), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("itemKey"));
        send(post(lines), "{\"kind\":\"SPARE\",\"version\":%d}".formatted(v), shop.carla())
                .andExpect(status().isBadRequest());
        send(post("/api/sales/quotes/" + quote + "/accept"), "{\"name\":\"Hannah\"}", shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(post("/api/sales/quotes/" + quote + "/accept"), "{\"name\":\"Hannah\",\"contactId\":%d,\"version\":%d}"
                .formatted(Long.MAX_VALUE, v), shop.carla())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("contact-not-of-customer"));
        send(post("/api/sales/quotes/" + quote + "/accept"), "{\"name\":\"Hannah\",\"version\":%d}".formatted(v),
                shop.carla()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("quote-not-ready"));
        send(post("/api/sales/quotes/" + quote + "/book"), "{\"version\":%d}".formatted(v), shop.carla())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("quote-not-accepted"));
        send(post("/api/sales/quotes/" + quote + "/book"), "{}", shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(post("/api/sales/quotes/" + quote + "/decline"), "{\"version\":%d}".formatted(v), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));

        addCustomisation(quote, "Blue paint").andExpect(status().isCreated());
        send(post(lines), customisation("Green paint", "10", v), shop.carla())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        send(post("/api/sales/quotes/" + quote + "/decline"), "{\"reason\":\"Too dear\",\"version\":%d}"
                .formatted(version(quote)), shop.carla()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECLINED")).andExpect(jsonPath("$.closedReason").value("Too dear"))
                .andExpect(jsonPath("$.actions", empty()));
        assertThat(changeControl.changeRequest(changeRequestOf(quote, 1)).getState()).isEqualTo(ChangeState.WITHDRAWN);
        addCustomisation(quote, "Green paint")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("quote-not-editable"));

        mvc.perform(get("/api/sales/quotes?sort=total").with(as(shop.carla()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/sales/quotes?state=SIGNED").with(as(shop.carla()))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/sales/quotes?size=500").with(as(shop.carla()))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/sales/orders?sort=customer").with(as(shop.carla()))).andExpect(status().isBadRequest());
    }

    /** Needs the offer catalogue (specs) to answer: the option's key and currency are checked against it. */
    @Test
    void optionsComeFromTheOfferInTheQuotesCurrency() throws Exception {
        long quote = createQuote();
        mvc.perform(get("/api/sales/quotes/" + quote + "/offer").with(as(shop.team().manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.baselineName").value("Design freeze"))
                .andExpect(jsonPath("$.options[*].title", hasItem("K7 base line")))
                .andExpect(jsonPath("$.options[*].title", not(hasItem("Conveyor frame"))))
                .andExpect(jsonPath("$.options[?(@.title == 'Label printer')].available", contains(false)))
                .andExpect(jsonPath("$.options[?(@.title == 'Servo film feeder')].available", contains(true)));
        String lines = "/api/sales/quotes/" + quote + "/lines";
        send(post(lines), option("SPEC-999", 1, version(quote)), shop.carla())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("not-in-offer"));
        send(post(lines), option(optionKey(quote, "Label printer"), 1, version(quote)), shop.carla())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("currency-mismatch"));
        send(post(lines), option(optionKey(quote, "Servo film feeder"), 0, version(quote)), shop.carla())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quantity"));
        send(post(lines), option(optionKey(quote, "Servo film feeder"), 2, version(quote)), shop.carla())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("READY"))
                .andExpect(jsonPath("$.lines[0].kind").value("OPTION"))
                .andExpect(jsonPath("$.lines[0].itemRevision").value(notNullValue()))
                .andExpect(jsonPath("$.lines[0].unitPrice").value(12500))
                .andExpect(jsonPath("$.lines[0].amount").value(25000))
                .andExpect(jsonPath("$.lines[0].leadTimeDays").value(20))
                .andExpect(jsonPath("$.lines[0].changeRequest").doesNotExist())
                .andExpect(jsonPath("$.total").value(25000))
                .andExpect(jsonPath("$.deliveryDate").value(LocalDate.now().plusDays(20).toString()))
                .andExpect(jsonPath("$.actions", contains("ADD_LINE", "ACCEPT", "DECLINE")));
    }

    /** Needs change control's scheduling for an order and the specs' variants: the booking does both. */
    @Test
    void theWholeSaleThroughTheApiFromAnEmptyQuoteToTheBookedOrder() throws Exception {
        long quote = createQuote();
        String lines = "/api/sales/quotes/" + quote + "/lines";
        send(post(lines), option(optionKey(quote, "K7 base line"), 1, version(quote)), shop.carla())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("READY"));
        addCustomisation(quote, "Stainless frame for wash-down").andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("AWAITING_ANSWERS"))
                .andExpect(jsonPath("$.total").value(280000));
        long stale = version(quote);
        send(post("/api/sales/quotes/" + quote + "/accept"), "{\"name\":\"Hannah\",\"version\":%d}".formatted(stale),
                shop.carla()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("quote-not-ready"));

        engineerAnswers(changeRequestOf(quote, 2), "1200", 3);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/sales/quotes/" + quote).with(as(shop.carla())))
                        .andExpect(jsonPath("$.lines[1].answer").value("FEASIBLE")));
        mvc.perform(get("/api/sales/quotes/" + quote).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("READY"))
                .andExpect(jsonPath("$.lines[1].priceDelta").value(1900))
                .andExpect(jsonPath("$.lines[1].costDelta").value(1200))
                .andExpect(jsonPath("$.lines[1].costCurrency").value("EUR"))
                .andExpect(jsonPath("$.lines[1].scheduleDeltaDays").value(3))
                .andExpect(jsonPath("$.lines[1].amount").value(1900))
                .andExpect(jsonPath("$.lines[1].answeredAt").value(notNullValue()))
                .andExpect(jsonPath("$.total").value(281900))
                .andExpect(jsonPath("$.deliveryDate").value(LocalDate.now().plusDays(43).toString()))
                .andExpect(jsonPath("$.actions", contains("ADD_LINE", "ACCEPT", "DECLINE")));

        send(post("/api/sales/quotes/" + quote + "/accept"), "{\"name\":\"Hannah\",\"version\":%d}".formatted(stale),
                shop.carla()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        send(post("/api/sales/quotes/" + quote + "/accept"), "{\"name\":\"Hannah Bellamy\",\"contactId\":%d,\"version\":%d}"
                .formatted(shop.hannah(), version(quote)), shop.carla())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptance.name").value("Hannah Bellamy"))
                .andExpect(jsonPath("$.acceptance.contactId").value(shop.hannah()))
                .andExpect(jsonPath("$.acceptance.acceptedAt").value(notNullValue()))
                .andExpect(jsonPath("$.acceptance.termsHash").value(matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.acceptance.terms").value(org.hamcrest.Matchers.containsString("Total: EUR 281900")))
                .andExpect(jsonPath("$.actions", contains("DECLINE", "BOOK")));
        addCustomisation(quote, "Green paint")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("quote-not-editable"));

        String booked = send(post("/api/sales/quotes/" + quote + "/book"), "{\"version\":%d}".formatted(version(quote)),
                shop.gus())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/sales/orders/")))
                .andExpect(jsonPath("$.number").value(startsWith("ORD-")))
                .andExpect(jsonPath("$.quote.id").value(quote))
                .andExpect(jsonPath("$.creditedTo.id").value(shop.carla().person()))
                .andExpect(jsonPath("$.creditedTo.name").value("Carla Reyes"))
                .andExpect(jsonPath("$.bookedBy").value("Gus Team"))
                .andExpect(jsonPath("$.total").value(281900))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.termsHash").value(matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.lines", hasSize(2)))
                .andExpect(jsonPath("$.lines[0].kind").value("OPTION"))
                .andExpect(jsonPath("$.lines[0].deliverables", contains("SPEC-1")))
                .andExpect(jsonPath("$.lines[1].kind").value("CUSTOMISATION"))
                .andExpect(jsonPath("$.lines[1].changeRequest.key").value("CR-" + changeRequestOf(quote, 2)))
                .andExpect(jsonPath("$.lines[1].deliverables", contains("SPEC-3")))
                .andExpect(jsonPath("$.lines[1].scheduledGate").value(notNullValue()))
                .andReturn().getResponse().getContentAsString();
        long order = ((Number) JsonPath.read(booked, "$.id")).longValue();

        mvc.perform(get("/api/sales/orders/" + order).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(String.format("ORD-%04d", order)))
                .andExpect(jsonPath("$.customer.name").value(startsWith("Bellamy Foods")))
                .andExpect(jsonPath("$.project.id").value(shop.project()))
                .andExpect(jsonPath("$.deliveryDate").value(notNullValue()));
        mvc.perform(get("/api/sales/orders/" + order).with(as(shop.team().manager()))).andExpect(status().isOk());
        mvc.perform(get("/api/sales/orders/" + order).with(as(shop.dana()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/orders/" + order).with(as(shop.team().outsider()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/orders/" + order).with(as(shop.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/orders/" + order)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/sales/orders?projectId=" + shop.project()).with(as(shop.gus()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(order))
                .andExpect(jsonPath("$.content[0].creditedTo.name").value("Carla Reyes"))
                .andExpect(jsonPath("$.content[0].lineCount").value(2));
        mvc.perform(get("/api/sales/orders?projectId=" + shop.project()).with(as(shop.dana())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/sales/quotes/" + quote).with(as(shop.carla()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ORDERED"))
                .andExpect(jsonPath("$.orderId").value(order))
                .andExpect(jsonPath("$.actions", empty()));
        send(post("/api/sales/quotes/" + quote + "/book"), "{\"version\":%d}".formatted(version(quote)), shop.carla())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("quote-not-accepted"));
        mvc.perform(get("/api/sales/opportunities/" + shop.opportunity()).with(as(shop.carla())))
                .andExpect(jsonPath("$.stage").value("WON"));
    }
}

package org.integrationgateway.sales.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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
import org.integrationgateway.sales.SalesFixtures;
import org.integrationgateway.sales.SalesFixtures.World;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The sales API: status codes and problem details per role and input, paging, filters, totals. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class SalesApiControllerTests extends JsonApiRequests {

    @Autowired SalesFixtures fixtures;
    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
    }

    String body(String title, String value, String currency, String close, long project) {
        return """
                {"customerId":%d,"contactId":%d,"title":"%s","value":%s,"currency":"%s","expectedClose":"%s",
                 "projectIds":[%d]}""".formatted(w.bellamy(), w.hannah(), title, value, currency, close, project);
    }

    long create(String title) throws Exception {
        String json = send(post("/api/sales/opportunities"), body(title, "310000", "EUR",
                LocalDate.now().plusMonths(1).toString(), w.project()), w.marco())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long version(long id) {
        return jdbc.queryForObject("select version from opportunity where id = ?", Long.class, id);
    }

    @Test
    void aRepCreatesMovesAndReadsAnOpportunity() throws Exception {
        String json = send(post("/api/sales/opportunities"), body("K7 line for Bellamy", "310000.5", "eur",
                LocalDate.now().plusMonths(1).toString(), w.project()), w.marco())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/sales/opportunities/")))
                .andExpect(jsonPath("$.stage").value("PROSPECT"))
                .andExpect(jsonPath("$.probability").value(10))
                .andExpect(jsonPath("$.value.amount").value(310000.50))
                .andExpect(jsonPath("$.value.currency").value("EUR"))
                .andExpect(jsonPath("$.weightedValue.amount").value(31000.05))
                .andExpect(jsonPath("$.owner.name").value("Marco Ricci"))
                .andExpect(jsonPath("$.contact.name").value("Hannah Bellamy"))
                .andExpect(jsonPath("$.projects[0].id").value(w.project()))
                .andExpect(jsonPath("$.actions", contains("EDIT", "REASSIGN")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();

        send(post("/api/sales/opportunities/" + id + "/stage"),
                "{\"stage\":\"NEGOTIATION\",\"version\":%d}".formatted(version(id)), w.grace())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("NEGOTIATION"))
                .andExpect(jsonPath("$.probability").value(75))
                .andExpect(jsonPath("$.history[*].to", contains("PROSPECT", "NEGOTIATION")))
                .andExpect(jsonPath("$.actions", contains("EDIT")));
        mvc.perform(get("/api/sales/opportunities/" + id).with(as(w.sofia()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions", hasSize(0)));
        mvc.perform(get("/api/sales/opportunities?customerId=" + w.bellamy() + "&sort=value,desc").with(as(w.marco())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].key").value("OPP-" + id))
                .andExpect(jsonPath("$.content[0].customer.name").value(org.hamcrest.Matchers.startsWith("Bellamy Foods")));
        mvc.perform(get("/api/sales/pipeline?customerId=" + w.bellamy()).with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.open[0].stage").value("NEGOTIATION"))
                .andExpect(jsonPath("$.open[0].weighted").value(232500.38))
                .andExpect(jsonPath("$.won", hasSize(0)));
        mvc.perform(get("/api/sales/accounts/" + w.bellamy()).with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[0].fullName").value("Hannah Bellamy"))
                .andExpect(jsonPath("$.opportunities[0].id").value(id))
                .andExpect(jsonPath("$.totals[0].count").value(1));
        mvc.perform(get("/api/sales/accounts?q=" + "Bellamy").with(as(w.marco()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == %d)].openOpportunities".formatted(w.bellamy())).value(hasItem(1)));
    }

    @Test
    void badInputAnswers400And422NamingTheField() throws Exception {
        String close = LocalDate.now().plusDays(3).toString();
        send(post("/api/sales/opportunities"), body("X", "0", "EUR", close, w.project()), w.marco())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        send(post("/api/sales/opportunities"), body("X", "1.234", "EUR", close, w.project()), w.marco())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        send(post("/api/sales/opportunities"), body("X", "10", "XYZ", close, w.project()), w.marco())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currency"));
        send(post("/api/sales/opportunities"), body("", "10", "EUR", close, w.project()), w.marco())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        send(post("/api/sales/opportunities"), body("X", "10", "EUR", "not-a-date", w.project()), w.marco())
                .andExpect(status().isBadRequest());
        send(post("/api/sales/opportunities"), body("X", "10", "EUR", LocalDate.now().minusDays(1).toString(),
                w.project()), w.marco())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("close-date-past"));
        send(post("/api/sales/opportunities"), body("X", "10", "EUR", close, -3), w.marco())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("unknown-project"));
        send(post("/api/sales/opportunities"), """
                {"customerId":%d,"contactId":%d,"title":"X","value":10,"currency":"EUR","expectedClose":"%s"}"""
                .formatted(w.orchid(), w.hannah(), close), w.marco())
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("contact-not-of-customer"));
        mvc.perform(get("/api/sales/opportunities?sort=owner").with(as(w.marco()))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/sales/opportunities?size=500").with(as(w.marco()))).andExpect(status().isBadRequest());

        long id = create("K7");
        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"LOST\",\"version\":%d}".formatted(version(id)),
                w.marco()).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lostReason"));
        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"QUALIFIED\"}", w.marco())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"SIGNED\",\"version\":0}", w.marco())
                .andExpect(status().isBadRequest());
    }

    @Test
    void whoMayDoWhat403And404() throws Exception {
        long id = create("K7");
        String close = LocalDate.now().plusDays(3).toString();
        send(post("/api/sales/opportunities"), body("X", "10", "EUR", close, w.project()), w.plain())
                .andExpect(status().isForbidden());
        send(post("/api/sales/opportunities"), body("X", "10", "EUR", close, w.project()), w.sofia())
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sales/opportunities").with(as(w.plain()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sales/pipeline").with(as(w.plain()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sales/accounts").with(as(w.plain()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sales/opportunities/" + id).with(as(w.plain()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/opportunities/" + id).with(as(w.dana()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/opportunities/" + id).with(as(w.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/opportunities").with(as(w.customer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/opportunities/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/sales/opportunities/" + id).with(as(w.admin()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions", contains("EDIT", "REASSIGN")));
        mvc.perform(get("/api/sales/opportunities/" + id).with(as(w.ada()))).andExpect(status().isOk());
        mvc.perform(get("/api/sales/opportunities/99999999").with(as(w.admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/sales/accounts/99999999").with(as(w.admin()))).andExpect(status().isNotFound());

        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"QUALIFIED\",\"version\":%d}"
                .formatted(version(id)), w.sofia()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("read-only"));
        send(put("/api/sales/opportunities/" + id), """
                {"customerId":%d,"title":"Grace's now","value":10,"currency":"EUR","expectedClose":"%s","ownerId":%d,
                 "version":%d}""".formatted(w.bellamy(), close, w.grace().person(), version(id)), w.grace())
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("not-the-owner"));
        send(put("/api/sales/opportunities/" + id), """
                {"customerId":%d,"title":"Grace's now","value":10,"currency":"EUR","expectedClose":"%s","ownerId":%d,
                 "version":%d}""".formatted(w.bellamy(), close, w.grace().person(), version(id)), w.marco())
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner.name").value("Grace Mensah"))
                .andExpect(jsonPath("$.actions", not(hasItem("REASSIGN"))));
    }

    @Test
    void staleVersionsAndIllegalMovesAnswer409() throws Exception {
        long id = create("K7");
        long stale = version(id);
        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"WON\",\"version\":%d}".formatted(stale),
                w.marco()).andExpect(status().isOk()).andExpect(jsonPath("$.probability").value(100))
                .andExpect(jsonPath("$.actions", contains("REOPEN")));
        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"QUALIFIED\",\"version\":%d}".formatted(stale),
                w.marco()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"LOST\",\"lostReason\":\"x\",\"version\":%d}"
                .formatted(version(id)), w.marco()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("illegal-transition"));
        send(put("/api/sales/opportunities/" + id), """
                {"customerId":%d,"title":"Changed","value":10,"currency":"EUR","expectedClose":"%s","version":%d}"""
                .formatted(w.bellamy(), LocalDate.now().plusDays(3), version(id)), w.marco())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("opportunity-closed"));
        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"PROPOSAL\",\"version\":%d}"
                .formatted(version(id)), w.grace()).andExpect(status().isForbidden());
        send(post("/api/sales/opportunities/" + id + "/stage"), "{\"stage\":\"PROPOSAL\",\"version\":%d}"
                .formatted(version(id)), w.marco()).andExpect(status().isOk())
                .andExpect(jsonPath("$.probability").value(50));
    }
}

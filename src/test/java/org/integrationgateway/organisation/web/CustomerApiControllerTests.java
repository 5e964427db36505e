package org.integrationgateway.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasLength;
import static org.integrationgateway.identity.TestUsers.as;
import static org.integrationgateway.organisation.OrganisationFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.organisation.OrganisationFixtures;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class CustomerApiControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    OrganisationFixtures fixtures;
    CurrentUser admin;
    CurrentUser staff;

    @BeforeEach
    void setUp() {
        fixtures = new OrganisationFixtures(jdbc);
        admin = users.create(Role.ADMINISTRATOR);
        staff = users.create(Role.STAFF);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private static long idOf(String body) {
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    }

    @Test
    void administratorManagesACustomerAndItsContacts() throws Exception {
        String name = unique("Kestrel");
        long id = idOf(mvc.perform(json(post("/api/customers"),
                        "{\"name\":\"" + name + "\",\"industry\":\"Mining\",\"website\":\"https://kestrel.example\"}").with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contactCount").value(0))
                .andReturn().getResponse().getContentAsString());

        String email = unique("bo").replace(" ", ".") + "@kestrel.example";
        long contact = idOf(mvc.perform(json(post("/api/customers/" + id + "/contacts"),
                        "{\"fullName\":\"Bo Lind\",\"email\":\"" + email + "\",\"phone\":\"+46 8 123\",\"jobTitle\":\"Buyer\"}")
                        .with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customerId").value(id))
                .andReturn().getResponse().getContentAsString());

        mvc.perform(get("/api/customers/" + id + "/contacts").param("sort", "email").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].email").value(email));
        mvc.perform(get("/api/customers").param("q", name).with(as(staff)))
                .andExpect(jsonPath("$.content[0].contactCount").value(1));

        mvc.perform(json(put("/api/customers/" + id + "/contacts/" + contact),
                        "{\"fullName\":\"Bo Lindqvist\",\"email\":\"" + email + "\",\"version\":0}").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Bo Lindqvist"))
                .andExpect(jsonPath("$.phone").doesNotExist());
        mvc.perform(json(put("/api/customers/" + id), "{\"name\":\"" + name + " AB\",\"version\":0}").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.industry").doesNotExist());

        mvc.perform(delete("/api/customers/" + id).with(csrf()).with(as(admin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("customer-has-contacts"));
        mvc.perform(delete("/api/customers/" + id + "/contacts/" + contact).with(csrf()).with(as(admin)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/customers/" + id).with(csrf()).with(as(admin))).andExpect(status().isNoContent());
        assertThat(fixtures.auditEntries("Customer", id)).isEqualTo(3);
        assertThat(fixtures.auditEntries("CustomerContact", contact)).isEqualTo(3);
    }

    @Test
    void givesAContactPortalAccessConfinedToItsCustomerOnce() throws Exception {
        long customer = fixtures.customer(unique("Orbit"));
        long contact = fixtures.contact(customer, unique("Cara"));

        mvc.perform(post("/api/customers/" + customer + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.password", hasLength(20)))
                .andExpect(jsonPath("$.email").value(fixtures.row("customer_contact", contact).get("email")));
        long account = ((Number) fixtures.row("customer_contact", contact).get("user_account")).longValue();
        assertThat(users.rolesOf(account)).containsExactly(Role.CUSTOMER_CONTACT);
        assertThat(((Number) jdbc.queryForObject("select customer_organisation from user_account where id = ?",
                Long.class, account)).longValue()).isEqualTo(customer);
        assertThat(fixtures.auditEntries("CustomerContact", contact)).isEqualTo(1);

        int accounts = fixtures.count("user_account");
        mvc.perform(post("/api/customers/" + customer + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(admin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("contact-has-portal-access"));
        assertThat(fixtures.count("user_account")).isEqualTo(accounts);
    }

    @Test
    void portalAccessForAnEmailThatAlreadyHasAnAccountChangesNothing() throws Exception {
        long customer = fixtures.customer(unique("Taken"));
        long contact = fixtures.contact(customer, unique("Dee"));
        users.createWithEmail((String) fixtures.row("customer_contact", contact).get("email"), null, Role.STAFF);
        int accounts = fixtures.count("user_account");

        mvc.perform(post("/api/customers/" + customer + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(admin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("email-taken"));
        assertThat(fixtures.row("customer_contact", contact).get("user_account")).isNull();
        assertThat(fixtures.count("user_account")).isEqualTo(accounts);
    }

    @Test
    void aContactIsOnlyReachableUnderItsOwnCustomer() throws Exception {
        long one = fixtures.customer(unique("One"));
        long other = fixtures.customer(unique("Other"));
        long contact = fixtures.contact(one, unique("Eli"));
        Map<String, Object> before = fixtures.row("customer_contact", contact);

        mvc.perform(get("/api/customers/" + other + "/contacts/" + contact).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/customers/" + other + "/contacts/" + contact),
                "{\"fullName\":\"X\",\"email\":\"x@example.test\",\"version\":0}").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/customers/" + other + "/contacts/" + contact).with(csrf()).with(as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/customers/" + other + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/customers/999999/contacts").with(as(staff))).andExpect(status().isNotFound());
        assertThat(fixtures.row("customer_contact", contact)).isEqualTo(before);
    }

    @Test
    void staffReadsButCannotWriteAndCustomersGetNotFound() throws Exception {
        long customer = fixtures.customer(unique("Read"));
        long contact = fixtures.contact(customer, unique("Fay"));
        CurrentUser contactUser = users.create(customer, Role.CUSTOMER_CONTACT);
        int customers = fixtures.count("customer");
        int contacts = fixtures.count("customer_contact");

        mvc.perform(get("/api/customers/" + customer).with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/api/customers/" + customer + "/contacts/" + contact).with(as(staff))).andExpect(status().isOk());
        mvc.perform(json(post("/api/customers"), "{\"name\":\"X\"}").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/customers/" + customer), "{\"name\":\"X\",\"version\":0}").with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/customers/" + customer).with(csrf()).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/customers/" + customer + "/contacts"), "{\"fullName\":\"X\",\"email\":\"x@y.zz\"}")
                .with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/api/customers/" + customer + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(staff)))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/customers").with(as(contactUser))).andExpect(status().isNotFound());
        mvc.perform(get("/api/customers/" + customer).with(as(contactUser))).andExpect(status().isNotFound());
        mvc.perform(get("/api/customers/" + customer + "/contacts").with(as(contactUser))).andExpect(status().isNotFound());
        mvc.perform(get("/api/customers")).andExpect(status().isUnauthorized());

        assertThat(fixtures.count("customer")).isEqualTo(customers);
        assertThat(fixtures.count("customer_contact")).isEqualTo(contacts);
    }

    @Test
    void refusesBadInputAndChangesNothing() throws Exception {
        String name = unique("Bad");
        long customer = fixtures.customer(name);
        long contact = fixtures.contact(customer, unique("Gus"));
        String email = (String) fixtures.row("customer_contact", contact).get("email");
        Map<String, Object> customerBefore = fixtures.row("customer", customer);
        Map<String, Object> contactBefore = fixtures.row("customer_contact", contact);
        int customers = fixtures.count("customer");
        int contacts = fixtures.count("customer_contact");

        mvc.perform(json(post("/api/customers"), "not json").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/customers"), "{\"name\":{\"x\":1}}").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/customers"), "{\"industry\":\"Mining\"}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(post("/api/customers"), "{\"name\":\"X\",\"website\":\"" + "w".repeat(301) + "\"}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("website"));
        mvc.perform(json(post("/api/customers"), "{\"name\":\"X\",\"website\":\"ftp://x\"}").with(as(admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("website"));
        mvc.perform(json(post("/api/customers"), "{\"name\":\"" + name.toLowerCase() + "\"}").with(as(admin)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("customer-name-taken"));
        mvc.perform(json(put("/api/customers/" + customer), "{\"name\":\"Y\",\"version\":3}").with(as(admin)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(json(put("/api/customers/" + customer), "{\"name\":\"Y\",\"version\":[0]}").with(as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put("/api/customers/999999"), "{\"name\":\"Y\",\"version\":0}").with(as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/customers/" + customer + "/contacts"), "{\"fullName\":\"\",\"email\":\"nope\",\"phone\":\""
                        + "1".repeat(51) + "\"}").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("fullName", "email", "phone")));
        mvc.perform(json(post("/api/customers/" + customer + "/contacts"),
                        "{\"fullName\":\"Dup\",\"email\":\"" + email.toUpperCase() + "\"}").with(as(admin)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("contact-email-taken"));
        mvc.perform(json(post("/api/customers/999999/contacts"), "{\"fullName\":\"X\",\"email\":\"x@y.zz\"}").with(as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/customers/" + customer + "/contacts/" + contact),
                        "{\"fullName\":\"X\",\"email\":\"x@y.zz\",\"version\":9}").with(as(admin)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/customers/" + customer + "/contacts/abc").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/customers").param("sort", "website").with(as(admin))).andExpect(status().isBadRequest());

        assertThat(fixtures.count("customer")).isEqualTo(customers);
        assertThat(fixtures.count("customer_contact")).isEqualTo(contacts);
        assertThat(fixtures.row("customer", customer)).isEqualTo(customerBefore);
        assertThat(fixtures.row("customer_contact", contact)).isEqualTo(contactBefore);
    }
}

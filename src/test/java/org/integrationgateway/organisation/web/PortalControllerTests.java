package org.integrationgateway.organisation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.integrationgateway.identity.TestUsers.as;
import static org.integrationgateway.organisation.OrganisationFixtures.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.OrganisationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The portal shows a customer contact their own organisation and nothing of any other. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class PortalControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    OrganisationFixtures fixtures;

    String ownName;
    String otherName;
    String ownContact;
    String otherContact;
    long own;
    long other;
    CurrentUser contact;

    @BeforeEach
    void setUp() {
        fixtures = new OrganisationFixtures(jdbc);
        ownName = unique("Own Org");
        otherName = unique("Rival Org");
        ownContact = unique("Olga");
        otherContact = unique("Rita");
        own = fixtures.customer(ownName);
        other = fixtures.customer(otherName);
        fixtures.contact(own, ownContact);
        fixtures.contact(other, otherContact);
        contact = users.create(own, Role.CUSTOMER_CONTACT);
    }

    @Test
    void theContactSeesTheirOwnOrganisationAndItsContactsOnly() throws Exception {
        mvc.perform(get("/portal/organisation").with(as(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ownName)))
                .andExpect(content().string(containsString(ownContact)))
                .andExpect(content().string(not(containsString(otherName))))
                .andExpect(content().string(not(containsString(otherContact))));
        mvc.perform(get("/api/portal/organisation").with(as(contact)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(own))
                .andExpect(jsonPath("$.name").value(ownName))
                .andExpect(jsonPath("$.contacts.length()").value(1))
                .andExpect(jsonPath("$.contacts[0].fullName").value(ownContact))
                .andExpect(jsonPath("$.contacts[0].userAccount").doesNotExist())
                .andExpect(content().string(not(containsString(otherName))));
    }

    @Test
    void aCustomerCannotReachAnotherCustomersDataNorAnyStaffPage() throws Exception {
        long person = fixtures.person(unique("Staff"), fixtures.department(DepartmentKind.SALES));
        for (String url : new String[] {"/customers/" + other, "/api/customers/" + other,
                "/api/customers/" + other + "/contacts", "/customers/" + own, "/api/customers/" + own,
                "/customers", "/departments", "/people", "/people/" + person, "/api/people/" + person,
                "/api/departments", "/portal/organisation?customer=" + other}) {
            var result = mvc.perform(get(url).with(as(contact)));
            if (url.startsWith("/portal")) {
                result.andExpect(status().isOk()).andExpect(content().string(not(containsString(otherName))));
            } else {
                result.andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/api/portal/organisation").param("id", Long.toString(other)).with(as(contact)))
                .andExpect(jsonPath("$.id").value(own));
    }

    @Test
    void staffAndAnonymousVisitorsHaveNoPortal() throws Exception {
        mvc.perform(get("/portal/organisation").with(as(users.create(Role.ADMINISTRATOR)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/portal/organisation").with(as(users.create(Role.PMO)))).andExpect(status().isForbidden());
        mvc.perform(get("/portal/organisation")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/portal/organisation")).andExpect(status().isUnauthorized());
    }
}

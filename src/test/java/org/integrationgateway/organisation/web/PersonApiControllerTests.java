package org.integrationgateway.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
import org.integrationgateway.organisation.DepartmentKind;
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
class PersonApiControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    OrganisationFixtures fixtures;
    CurrentUser pmo;
    CurrentUser staff;
    CurrentUser customer;
    long engineering;

    @BeforeEach
    void setUp() {
        fixtures = new OrganisationFixtures(jdbc);
        pmo = users.create(Role.PMO);
        staff = users.create(Role.STAFF);
        customer = users.create(fixtures.customer(unique("Customer")), Role.CUSTOMER_CONTACT);
        engineering = fixtures.department(DepartmentKind.ENGINEERING);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private String personJson(String name, String email, Object department, Object version) {
        return "{\"fullName\":\"" + name + "\",\"email\":\"" + email + "\",\"departmentId\":" + department
                + ",\"title\":\"Engineer\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    @Test
    void pmoAddsChangesAndRemovesAPerson() throws Exception {
        String name = unique("Ada");
        String email = name.replace(" ", ".").toLowerCase() + "@example.test";
        String body = mvc.perform(json(post("/api/people"), personJson(name, email.toUpperCase(), engineering, null)).with(as(pmo)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.departmentId").value(engineering))
                .andExpect(jsonPath("$.departmentKind").value("ENGINEERING"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        long sales = fixtures.department(DepartmentKind.SALES);

        mvc.perform(json(put("/api/people/" + id), personJson(name, email, sales, 0)).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.departmentKind").value("SALES"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/people/" + id), personJson(name, email, engineering, 0)).with(as(pmo)))
                .andExpect(status().isConflict());
        assertThat(((Number) fixtures.row("person", id).get("department")).longValue()).isEqualTo(sales);

        mvc.perform(delete("/api/people/" + id).with(csrf()).with(as(pmo))).andExpect(status().isNoContent());
        mvc.perform(get("/api/people/" + id).with(as(staff))).andExpect(status().isNotFound());
        assertThat(fixtures.auditEntries("Person", id)).isEqualTo(3);
    }

    @Test
    void searchesByNameOrEmailFiltersByDepartmentAndKindAndSortsByName() throws Exception {
        String tag = unique("zq").replace(" ", "");
        long marketing = fixtures.department(DepartmentKind.MARKETING);
        fixtures.person("Bea " + tag, engineering);
        fixtures.person("Abe " + tag, marketing);
        fixtures.person("Cy Other", "cy." + tag + "@example.test", marketing);

        mvc.perform(get("/api/people").param("q", tag.toUpperCase()).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].fullName").value("Abe " + tag))
                .andExpect(jsonPath("$.content[2].fullName").value("Cy Other"));
        mvc.perform(get("/api/people").param("q", tag).param("sort", "name,desc").with(as(staff)))
                .andExpect(jsonPath("$.content[0].fullName").value("Cy Other"));
        mvc.perform(get("/api/people").param("q", tag).param("kind", "MARKETING").with(as(staff)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/people").param("q", tag).param("department", Long.toString(engineering)).with(as(staff)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].departmentName").isNotEmpty());
        mvc.perform(get("/api/people").param("q", tag).param("size", "2").param("page", "1").with(as(staff)))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/people").param("q", "%").with(as(staff))).andExpect(status().isOk());
    }

    @Test
    void onlyAdministratorsAndPmoWriteAndCustomersSeeNothing() throws Exception {
        long id = fixtures.person(unique("Ben"), engineering);
        Map<String, Object> before = fixtures.row("person", id);
        int count = fixtures.count("person");

        mvc.perform(get("/api/people/" + id).with(as(staff))).andExpect(status().isOk());
        mvc.perform(json(post("/api/people"), personJson("X", "x@example.test", engineering, null)).with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/people/" + id), personJson("X", "x@example.test", engineering, 0)).with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/people/" + id).with(csrf()).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/api/people/" + id + "/sign-in-account").with(csrf()).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/api/people").with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/people/" + id).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/people")).andExpect(status().isUnauthorized());

        assertThat(fixtures.count("person")).isEqualTo(count);
        assertThat(fixtures.row("person", id)).isEqualTo(before);
    }

    @Test
    void refusesBadInputAndChangesNothing() throws Exception {
        String existing = unique("Cleo");
        long id = fixtures.person(existing, engineering);
        String existingEmail = (String) fixtures.row("person", id).get("email");
        Map<String, Object> before = fixtures.row("person", id);
        int count = fixtures.count("person");

        mvc.perform(json(post("/api/people"), "{\"fullName\":\"A\",").with(as(pmo))).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/people"), personJson("A", "a@example.test", "\"eng\"", null)).with(as(pmo)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/people"), "{}").with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("fullName", "email", "departmentId")));
        mvc.perform(json(post("/api/people"), personJson("A", "not-an-email", engineering, null)).with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(json(post("/api/people"), personJson("x".repeat(201), "a@example.test", engineering, null)).with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"));
        mvc.perform(json(post("/api/people"), personJson("A", "a@example.test", 999999, null)).with(as(pmo)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("departmentId"));
        mvc.perform(json(post("/api/people"), personJson("A", existingEmail.toUpperCase(), engineering, null)).with(as(pmo)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("person-email-taken"));
        mvc.perform(json(put("/api/people/" + id), personJson("A", "a@example.test", engineering, 5)).with(as(pmo)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(json(put("/api/people/999999"), personJson("A", "a@example.test", engineering, 0)).with(as(pmo)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/people/x").with(as(pmo))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/people").param("department", "x").with(as(pmo))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/people").param("page", "-1").with(as(pmo))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/people").param("sort", "name,sideways").with(as(pmo))).andExpect(status().isBadRequest());

        assertThat(fixtures.count("person")).isEqualTo(count);
        assertThat(fixtures.row("person", id)).isEqualTo(before);
        assertThat(fixtures.auditEntries("Person", id)).isZero();
    }

    @Test
    void givesAPersonOneStaffSignInAccount() throws Exception {
        long id = fixtures.person(unique("Dora"), engineering);
        mvc.perform(post("/api/people/" + id + "/sign-in-account").with(csrf()).with(as(pmo)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.password", org.hamcrest.Matchers.hasLength(20)));
        Long account = ((Number) fixtures.row("person", id).get("user_account")).longValue();
        assertThat(users.rolesOf(account)).containsExactly(Role.STAFF);

        mvc.perform(post("/api/people/" + id + "/sign-in-account").with(csrf()).with(as(pmo)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("already has a sign-in account")));
    }

    @Test
    void aPersonOnAProjectCannotBeRemoved() throws Exception {
        long id = fixtures.person(unique("Eve"), engineering);
        jdbc.update("insert into project (code, name, manager, status, version) values (?, 'P', ?, 'ACTIVE', 0)",
                unique("P").substring(0, 10), id);
        mvc.perform(delete("/api/people/" + id).with(csrf()).with(as(pmo)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("person-in-use"));
        assertThat(fixtures.row("person", id)).isNotNull();
        mvc.perform(get("/api/people").param("q", "Eve").with(as(pmo)))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
    }
}

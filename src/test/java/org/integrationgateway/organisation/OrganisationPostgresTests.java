package org.integrationgateway.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
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

/** The organisation API's main flow on a real PostgreSQL 15: the SQL of lists, search and constraints. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class OrganisationPostgresTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PersonDirectory directory;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private static long idOf(String body) {
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    }

    @Test
    void runsTheOrganisationFlowOnPostgres() throws Exception {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 15");
        CurrentUser pmo = users.create(Role.PMO);

        long dept = idOf(mvc.perform(json(post("/api/departments"), "{\"name\":\"Sales 100%_\",\"kind\":\"SALES\"}").with(as(pmo)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(json(post("/api/departments"), "{\"name\":\"SALES 100%_\",\"kind\":\"SALES\"}").with(as(pmo)))
                .andExpect(status().isConflict());
        long person = idOf(mvc.perform(json(post("/api/people"),
                        "{\"fullName\":\"Sara Sales\",\"email\":\"sara@example.test\",\"departmentId\":" + dept + "}").with(as(pmo)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/api/people").param("q", "SARA").param("kind", "SALES").param("sort", "department,desc").with(as(pmo)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].departmentName").value("Sales 100%_"));
        mvc.perform(get("/api/departments").param("q", "100%_").param("sort", "peopleCount,desc").with(as(pmo)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].peopleCount").value(1));
        mvc.perform(get("/api/departments").param("q", "1000").with(as(pmo))).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(json(put("/api/people/" + person),
                        "{\"fullName\":\"Sara Seller\",\"email\":\"sara@example.test\",\"departmentId\":" + dept + ",\"version\":0}")
                        .with(as(pmo)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/people/" + person),
                        "{\"fullName\":\"Stale\",\"email\":\"sara@example.test\",\"departmentId\":" + dept + ",\"version\":0}")
                        .with(as(pmo)))
                .andExpect(status().isConflict());
        assertThat(directory.findAll(java.util.List.of(person, 424242L))).containsOnlyKeys(person);
        mvc.perform(delete("/api/departments/" + dept).with(csrf()).with(as(pmo))).andExpect(status().isConflict());
        jdbc.update("insert into project (code, name, manager, status, version) values ('PG-1', 'P', ?, 'ACTIVE', 0)", person);
        mvc.perform(delete("/api/people/" + person).with(csrf()).with(as(pmo)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("person-in-use"));

        long customer = idOf(mvc.perform(json(post("/api/customers"), "{\"name\":\"Polar AB\",\"industry\":\"Logistics\"}").with(as(pmo)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long contact = idOf(mvc.perform(json(post("/api/customers/" + customer + "/contacts"),
                        "{\"fullName\":\"Per Polar\",\"email\":\"per@polar.example\"}").with(as(pmo)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/customers/" + customer + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(pmo)))
                .andExpect(status().isCreated());
        Long account = jdbc.queryForObject("select user_account from customer_contact where id = ?", Long.class, contact);
        CurrentUser portalUser = new CurrentUser(account, "per@polar.example", "Per Polar",
                java.util.Set.of(Role.CUSTOMER_CONTACT), customer);
        mvc.perform(get("/api/portal/organisation").with(as(portalUser)))
                .andExpect(jsonPath("$.name").value("Polar AB"))
                .andExpect(jsonPath("$.contacts[0].email").value("per@polar.example"));
        mvc.perform(get("/api/customers/" + customer).with(as(portalUser))).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type in"
                + " ('Department', 'Person', 'Customer', 'CustomerContact')", Integer.class)).isEqualTo(6);
    }
}

package org.integrationgateway.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.integrationgateway.identity.TestUsers.as;
import static org.integrationgateway.organisation.OrganisationFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
class DepartmentApiControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    OrganisationFixtures fixtures;

    CurrentUser pmo;
    CurrentUser admin;
    CurrentUser staff;
    CurrentUser customer;

    @BeforeEach
    void users(@Autowired JdbcTemplate jdbc) {
        fixtures = new OrganisationFixtures(jdbc);
        pmo = users.create(Role.PMO);
        admin = users.create(Role.ADMINISTRATOR);
        staff = users.create(Role.STAFF);
        customer = users.create(fixtures.customer(unique("Customer")), Role.CUSTOMER_CONTACT);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    @Test
    void pmoCreatesChangesAndDeletesADepartmentWithAuditEntries() throws Exception {
        String name = unique("Field Marketing");
        String location = mvc.perform(json(post("/api/departments"), "{\"name\":\"" + name + "\",\"kind\":\"MARKETING\"}")
                        .with(as(pmo)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.kind").value("MARKETING"))
                .andExpect(jsonPath("$.peopleCount").value(0))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(fixtures.auditEntries("Department", id)).isEqualTo(1);

        mvc.perform(json(put("/api/departments/" + id), "{\"name\":\"" + name + " EU\",\"kind\":\"SALES\",\"version\":0}")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name + " EU"))
                .andExpect(jsonPath("$.kind").value("SALES"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(fixtures.auditEntries("Department", id)).isEqualTo(2);

        mvc.perform(delete("/api/departments/" + id).with(csrf()).with(as(pmo))).andExpect(status().isNoContent());
        mvc.perform(get("/api/departments/" + id).with(as(staff))).andExpect(status().isNotFound());
        assertThat(fixtures.auditEntries("Department", id)).isEqualTo(3);
    }

    @Test
    void staffListsFiltersSortsAndReadsButMayNotWrite() throws Exception {
        String prefix = unique("Quality");
        long first = fixtures.department(prefix + " A", DepartmentKind.QUALITY);
        fixtures.department(prefix + " B", DepartmentKind.QUALITY);
        fixtures.person(unique("Quinn"), first);

        mvc.perform(get("/api/departments").param("q", prefix).param("kind", "QUALITY").param("sort", "name,desc")
                        .with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].name").value(prefix + " B"))
                .andExpect(jsonPath("$.content[1].peopleCount").value(1));
        mvc.perform(get("/api/departments/" + first).with(as(staff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.peopleCount").value(1));

        int before = fixtures.count("department");
        mvc.perform(json(post("/api/departments"), "{\"name\":\"" + unique("X") + "\",\"kind\":\"OTHER\"}").with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/departments/" + first), "{\"name\":\"X\",\"kind\":\"OTHER\",\"version\":0}").with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/departments/" + first).with(csrf()).with(as(staff))).andExpect(status().isForbidden());
        assertThat(fixtures.count("department")).isEqualTo(before);
        assertThat(fixtures.row("department", first).get("name")).isEqualTo(prefix + " A");
    }

    @Test
    void customerContactsGetNotFoundAndAnonymousGetUnauthorized() throws Exception {
        long id = fixtures.department(DepartmentKind.SALES);
        mvc.perform(get("/api/departments").with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/departments/" + id).with(as(customer))).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/departments"), "{\"name\":\"X\",\"kind\":\"OTHER\"}").with(as(customer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/departments")).andExpect(status().isUnauthorized());
        mvc.perform(json(post("/api/departments"), "{\"name\":\"X\",\"kind\":\"OTHER\"}")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesBadInputWithProblemDetailsAndChangesNothing() throws Exception {
        long id = fixtures.department(DepartmentKind.ENGINEERING);
        Map<String, Object> before = fixtures.row("department", id);
        int count = fixtures.count("department");

        mvc.perform(json(post("/api/departments"), "{\"name\": ").with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(post("/api/departments"), "{\"name\":\"X\",\"kind\":\"ASTROLOGY\"}").with(as(pmo)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/departments"), "{\"name\":[1,2],\"kind\":\"OTHER\"}").with(as(pmo)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/departments"), "{\"kind\":\"OTHER\"}").with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        mvc.perform(json(post("/api/departments"), "{\"name\":\"   \"}").with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
        mvc.perform(json(post("/api/departments"), "{\"name\":\"" + "x".repeat(121) + "\",\"kind\":\"OTHER\"}").with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(post("/api/departments"), "{\"name\":\"" + fixtures.row("department", id).get("name")
                        .toString().toUpperCase() + "\",\"kind\":\"OTHER\"}").with(as(pmo)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("department-name-taken"))
                .andExpect(jsonPath("$.detail", containsString("already exists")));
        mvc.perform(json(put("/api/departments/" + id), "{\"name\":\"Renamed\",\"kind\":\"OTHER\",\"version\":\"x\"}").with(as(pmo)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put("/api/departments/" + id), "{\"name\":\"Renamed\",\"kind\":\"OTHER\"}").with(as(pmo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(json(put("/api/departments/" + id), "{\"name\":\"Renamed\",\"kind\":\"OTHER\",\"version\":7}").with(as(pmo)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(json(put("/api/departments/999999"), "{\"name\":\"Renamed\",\"kind\":\"OTHER\",\"version\":0}").with(as(pmo)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/departments/abc").with(as(pmo))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/departments/999999").with(as(pmo))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/departments/999999").with(csrf()).with(as(pmo))).andExpect(status().isNotFound());
        mvc.perform(get("/api/departments").param("size", "101").with(as(pmo))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/departments").param("sort", "version").with(as(pmo))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/departments").param("kind", "NOPE").with(as(pmo))).andExpect(status().isBadRequest());

        assertThat(fixtures.count("department")).isEqualTo(count);
        assertThat(fixtures.row("department", id)).isEqualTo(before);
        assertThat(fixtures.auditEntries("Department", id)).isZero();
    }

    @Test
    void refusesToDeleteADepartmentThatStillHasPeople() throws Exception {
        long id = fixtures.department(DepartmentKind.PMO);
        fixtures.person(unique("Pat"), id);
        mvc.perform(delete("/api/departments/" + id).with(csrf()).with(as(pmo)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("department-not-empty"))
                .andExpect(jsonPath("$.detail", containsString("still has 1 person")));
        assertThat(fixtures.row("department", id)).isNotNull();
        assertThat(fixtures.auditEntries("Department", id)).isZero();
    }
}

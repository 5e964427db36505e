package org.integrationgateway.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.integrationgateway.identity.TestUsers.as;
import static org.integrationgateway.organisation.OrganisationFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation's pages: who may see and change what, and inline form errors that save nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class OrganisationWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    OrganisationFixtures fixtures;
    CurrentUser pmo;
    CurrentUser staff;

    @BeforeEach
    void setUp() {
        fixtures = new OrganisationFixtures(jdbc);
        pmo = users.create(Role.PMO);
        staff = users.create(Role.STAFF);
    }

    @Test
    void departmentPagesListShowAndOfferEditingOnlyToWriters() throws Exception {
        String name = unique("Marketing");
        long id = fixtures.department(name, DepartmentKind.MARKETING);
        String person = unique("Mia");
        fixtures.person(person, id);

        mvc.perform(get("/departments").param("q", name).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("table-cards")))
                .andExpect(content().string(containsString("data-label=\"People\"")))
                .andExpect(content().string(not(containsString("href=\"/departments/new\""))));
        mvc.perform(get("/departments").with(as(pmo)))
                .andExpect(content().string(containsString("href=\"/departments/new\"")));
        mvc.perform(get("/departments/" + id).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person)))
                .andExpect(content().string(not(containsString("/departments/" + id + "/edit"))));
        mvc.perform(get("/departments/" + id + "/edit").with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        mvc.perform(get("/departments/new").with(as(pmo))).andExpect(status().isOk());
        mvc.perform(get("/departments/new").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/departments/" + id + "/edit").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/departments/999999").with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/departments/abc").with(as(staff))).andExpect(status().isBadRequest());
        mvc.perform(get("/departments")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void creatingADepartmentWithBadInputShowsInlineErrorsAndSavesNothing() throws Exception {
        int count = fixtures.count("department");
        mvc.perform(post("/departments").param("name", " ").param("kind", "").with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"kind-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"name-error\"")))
                .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post("/departments").param("name", "x".repeat(121)).param("kind", "SALES").with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 120 characters")));
        String existing = unique("Existing");
        fixtures.department(existing, DepartmentKind.OTHER);
        mvc.perform(post("/departments").param("name", existing).param("kind", "OTHER").with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("already exists")));
        assertThat(fixtures.count("department")).isEqualTo(count + 1);

        String name = unique("Sales");
        mvc.perform(post("/departments").param("name", name).param("kind", "SALES").with(csrf()).with(as(pmo)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/departments/*"))
                .andExpect(flash().attribute("flash", "Department " + name + " created."));
        assertThat(fixtures.count("department")).isEqualTo(count + 2);
    }

    @Test
    void editingADepartmentChecksTheVersionAndStaffCannotWrite() throws Exception {
        String name = unique("Quality");
        long id = fixtures.department(name, DepartmentKind.QUALITY);
        Map<String, Object> before = fixtures.row("department", id);

        mvc.perform(post("/departments/" + id).param("name", "Renamed").param("kind", "QUALITY").param("version", "4")
                        .with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else")));
        mvc.perform(post("/departments/" + id).param("name", "Renamed").param("kind", "QUALITY").param("version", "0")
                        .with(csrf()).with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/departments/" + id + "/delete").with(csrf()).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/departments").param("name", unique("S")).param("kind", "SALES").with(csrf()).with(as(staff)))
                .andExpect(status().isForbidden());
        assertThat(fixtures.row("department", id)).isEqualTo(before);

        mvc.perform(post("/departments/" + id).param("name", name + " QA").param("kind", "QUALITY").param("version", "0")
                        .with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/departments/" + id));
        assertThat(fixtures.row("department", id).get("name")).isEqualTo(name + " QA");
    }

    @Test
    void deletingADepartmentWithPeopleShowsWhyAndKeepsIt() throws Exception {
        long id = fixtures.department(DepartmentKind.ENGINEERING);
        fixtures.person(unique("Ivo"), id);
        mvc.perform(post("/departments/" + id + "/delete").with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/departments/" + id))
                .andExpect(flash().attribute("flashError", containsString("still has 1 person")));
        assertThat(fixtures.row("department", id)).isNotNull();

        long empty = fixtures.department(DepartmentKind.OTHER);
        mvc.perform(post("/departments/" + empty + "/delete").with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/departments"));
        assertThat(jdbc.queryForObject("select count(*) from department where id = ?", Integer.class, empty)).isZero();
    }

    @Test
    void peoplePagesSearchFilterAndPage() throws Exception {
        String tag = unique("pp").replace(" ", "");
        long sales = fixtures.department(DepartmentKind.SALES);
        long eng = fixtures.department(DepartmentKind.ENGINEERING);
        for (int i = 0; i < 22; i++) {
            fixtures.person("Sal " + tag + " " + (char) ('a' + i), sales);
        }
        fixtures.person("Eng " + tag, eng);

        mvc.perform(get("/people").param("q", tag).param("kind", "ENGINEERING").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eng " + tag)))
                .andExpect(content().string(not(containsString("Sal " + tag))));
        mvc.perform(get("/people").param("q", tag).param("department", Long.toString(sales)).with(as(staff)))
                .andExpect(content().string(containsString("Sal " + tag + " a")))
                .andExpect(content().string(not(containsString("Sal " + tag + " w"))))
                .andExpect(content().string(containsString("Page 1 of 2 (22 in all)")))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/people").param("q", tag).param("department", Long.toString(sales)).param("page", "1")
                        .param("sort", "name,desc").with(as(staff)))
                .andExpect(content().string(containsString("Sal " + tag + " a")))
                .andExpect(content().string(not(containsString("Sal " + tag + " v<"))));
        mvc.perform(get("/people").param("sort", "salary").with(as(staff))).andExpect(status().isBadRequest());
    }

    @Test
    void personPageLoadsTheAssignmentsFragmentAndOffersASignInAccount() throws Exception {
        long dept = fixtures.department(DepartmentKind.SALES);
        String name = unique("Sven");
        long id = fixtures.person(name, dept);

        mvc.perform(get("/people/" + id).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("<section id=\"assignments\" hx-get=\"/people/" + id
                        + "/assignments\" hx-trigger=\"load\" hx-swap=\"innerHTML\">")))
                .andExpect(content().string(containsString("href=\"/people/" + id + "/assignments\"")))
                .andExpect(content().string(not(containsString("/sign-in-account"))));
        mvc.perform(get("/people/" + id).with(as(pmo)))
                .andExpect(content().string(containsString("/people/" + id + "/sign-in-account")));

        mvc.perform(post("/people/" + id + "/sign-in-account").with(csrf()).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/people/" + id + "/sign-in-account").with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPatternAnywhere("data-testid=\"granted-password\">[A-Za-z0-9]{20}<")));
        assertThat(fixtures.row("person", id).get("user_account")).isNotNull();
        mvc.perform(get("/people/" + id).with(as(pmo)))
                .andExpect(content().string(containsString("Has a sign-in account")))
                .andExpect(content().string(not(containsString("/people/" + id + "/sign-in-account"))));
    }

    @Test
    void personFormsValidateInlineAndSave() throws Exception {
        long dept = fixtures.department(DepartmentKind.MARKETING);
        int count = fixtures.count("person");
        mvc.perform(get("/people/new").param("department", Long.toString(dept)).with(as(pmo))).andExpect(status().isOk());
        mvc.perform(get("/people/new").with(as(staff))).andExpect(status().isForbidden());

        mvc.perform(post("/people").param("fullName", "Nia").param("email", "nia-at-example").param("departmentId", "")
                        .with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"departmentId-error\"")))
                .andExpect(content().string(containsString("value=\"Nia\"")));
        mvc.perform(post("/people").param("fullName", "Nia").param("email", "nia@example.test").param("departmentId", "abc")
                        .with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"departmentId-error\"")));
        mvc.perform(post("/people").param("fullName", "Nia").param("email", "nia@example.test").param("departmentId", "999999")
                        .with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("does not exist")));
        assertThat(fixtures.count("person")).isEqualTo(count);

        String name = unique("Nia");
        String email = name.replace(" ", ".").toLowerCase() + "@example.test";
        String location = mvc.perform(post("/people").param("fullName", name).param("email", email)
                        .param("departmentId", Long.toString(dept)).param("title", "Analyst").with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrlPattern("/people/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/people/".length()));
        mvc.perform(get("/people/" + id + "/edit").with(as(pmo)))
                .andExpect(content().string(containsString("value=\"" + email + "\"")));
        mvc.perform(post("/people/" + id).param("fullName", name).param("email", email)
                        .param("departmentId", Long.toString(dept)).param("title", "Lead analyst").param("version", "0")
                        .with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/people/" + id));
        assertThat(fixtures.row("person", id).get("title")).isEqualTo("Lead analyst");
        mvc.perform(post("/people/" + id + "/delete").with(csrf()).with(as(pmo))).andExpect(redirectedUrl("/people"));
        assertThat(fixtures.count("person")).isEqualTo(count);
    }

    @Test
    void customerPagesManageContactsAndGivePortalAccess() throws Exception {
        String name = unique("Nordwind");
        mvc.perform(post("/customers").param("name", "").param("website", "nope").with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")));
        String location = mvc.perform(post("/customers").param("name", name).param("industry", "Wind power")
                        .with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrlPattern("/customers/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/customers/".length()));

        mvc.perform(get("/customers").param("q", "wind POWER").with(as(staff)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get("/customers/" + id + "/edit").with(as(pmo))).andExpect(status().isOk());
        mvc.perform(get("/customers/new").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/customers/" + id).param("name", name).param("website", "https://nordwind.example")
                        .param("version", "0").with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/customers/" + id));

        mvc.perform(get("/customers/" + id + "/contacts/new").with(as(pmo))).andExpect(status().isOk());
        mvc.perform(post("/customers/" + id + "/contacts").param("fullName", "Kai").param("email", "bad")
                        .with(csrf()).with(as(pmo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"email-error\"")));
        String contactName = unique("Kai");
        String email = contactName.replace(" ", ".").toLowerCase() + "@nordwind.example";
        mvc.perform(post("/customers/" + id + "/contacts").param("fullName", contactName).param("email", email)
                        .param("phone", "+49 40 1234").with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/customers/" + id));
        long contact = jdbc.queryForObject("select id from customer_contact where email = ?", Long.class, email);

        mvc.perform(get("/customers/" + id).with(as(staff)))
                .andExpect(content().string(containsString(contactName)))
                .andExpect(content().string(containsString("https://nordwind.example")))
                .andExpect(content().string(not(containsString("/portal-access"))));
        mvc.perform(get("/customers/" + id + "/contacts/" + contact + "/edit").with(as(pmo)))
                .andExpect(content().string(containsString("value=\"" + email + "\"")));
        mvc.perform(post("/customers/" + id + "/contacts/" + contact).param("fullName", contactName)
                        .param("email", email).param("jobTitle", "CTO").param("version", "0").with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/customers/" + id));

        mvc.perform(post("/customers/" + id + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/" + id + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(matchesPatternAnywhere("data-testid=\"granted-password\">[A-Za-z0-9]{20}<")));
        mvc.perform(get("/customers/" + id).with(as(pmo)))
                .andExpect(content().string(containsString("Has portal access")));
        mvc.perform(post("/customers/" + id + "/contacts/" + contact + "/portal-access").with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/customers/" + id))
                .andExpect(flash().attribute("flashError", containsString("already has portal access")));

        mvc.perform(post("/customers/" + id + "/delete").with(csrf()).with(as(pmo)))
                .andExpect(flash().attribute("flashError", containsString("still has 1 contact")));
        mvc.perform(post("/customers/" + id + "/contacts/" + contact + "/delete").with(csrf()).with(as(pmo)))
                .andExpect(redirectedUrl("/customers/" + id));
        mvc.perform(post("/customers/" + id + "/delete").with(csrf()).with(as(pmo))).andExpect(redirectedUrl("/customers"));
        mvc.perform(get("/customers/" + id).with(as(staff))).andExpect(status().isNotFound());
    }

    private static org.hamcrest.Matcher<String> matchesPatternAnywhere(String regex) {
        return matchesPattern("(?s).*" + regex + ".*");
    }
}

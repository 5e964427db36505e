package org.integrationgateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class UserAdminWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    CurrentUser admin;
    CurrentUser target;

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMINISTRATOR);
        target = users.create(Role.STAFF);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
    }

    private long accountCount() {
        return jdbc.queryForObject("select count(*) from user_account", Long.class);
    }

    private List<MockHttpServletRequestBuilder> everyPage() {
        long id = target.accountId();
        return List.of(get("/admin/users"), get("/admin/users/new"), get("/admin/users/{id}", id),
                post("/admin/users/new").with(csrf()).param("email", "x@example.test"),
                post("/admin/users/{id}", id).with(csrf()).param("displayName", "X"),
                post("/admin/users/{id}/disable", id).with(csrf()), post("/admin/users/{id}/enable", id).with(csrf()),
                post("/admin/users/{id}/password", id).with(csrf()).param("generate", "true"));
    }

    @Test
    void pmoAndStaffAreForbiddenCustomersGet404AndAnonymousVisitorsSignIn() throws Exception {
        CurrentUser pmo = users.create(Role.PMO);
        CurrentUser staff = users.create(Role.STAFF);
        CurrentUser customer = users.create(5L, Role.CUSTOMER_CONTACT);
        for (MockHttpServletRequestBuilder page : everyPage()) {
            mvc.perform(page.with(TestUsers.as(pmo))).andExpect(status().isForbidden());
        }
        for (MockHttpServletRequestBuilder page : everyPage()) {
            mvc.perform(page.with(TestUsers.as(staff))).andExpect(status().isForbidden());
        }
        for (MockHttpServletRequestBuilder page : everyPage()) {
            mvc.perform(page.with(TestUsers.as(customer))).andExpect(status().isNotFound());
        }
        for (MockHttpServletRequestBuilder page : everyPage()) {
            mvc.perform(page).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, target.accountId()))
                .isTrue();
    }

    @Test
    void listsSearchesAndFiltersUsers() throws Exception {
        String marker = "wk" + System.nanoTime();
        users.createWithEmail(marker + "-pmo@example.test", null, Role.PMO);
        CurrentUser off = users.createWithEmail(marker + "-off@example.test", null, Role.STAFF);
        jdbc.update("update user_account set enabled = false where id = ?", off.accountId());
        mvc.perform(get("/admin/users").param("q", marker).with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker + "-pmo@example.test")))
                .andExpect(content().string(containsString(marker + "-off@example.test")))
                .andExpect(content().string(containsString("data-label=\"E-mail\"")));
        mvc.perform(get("/admin/users").param("q", marker).param("role", "PMO").with(TestUsers.as(admin)))
                .andExpect(content().string(containsString(marker + "-pmo@example.test")))
                .andExpect(content().string(not(containsString(marker + "-off@example.test"))));
        mvc.perform(get("/admin/users").param("q", marker).param("enabled", "false").with(TestUsers.as(admin)))
                .andExpect(content().string(not(containsString(marker + "-pmo@example.test"))))
                .andExpect(content().string(containsString(marker + "-off@example.test")));
        mvc.perform(get("/admin/users").param("q", "no-such-" + marker).with(TestUsers.as(admin)))
                .andExpect(content().string(containsString("No user matches these filters.")));
    }

    @Test
    void createsAUserFromTheForm() throws Exception {
        String email = "form-" + System.nanoTime() + "@example.test";
        mvc.perform(get("/admin/users/new").with(TestUsers.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("for=\"email\"")));
        mvc.perform(post("/admin/users/new").with(TestUsers.as(admin)).with(csrf()).param("email", email)
                        .param("displayName", "Form Person").param("password", "long-enough-password")
                        .param("roles", "STAFF", "PMO"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attributeExists("flash"));
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        assertThat(users.rolesOf(id)).containsExactlyInAnyOrder(Role.STAFF, Role.PMO);
    }

    @Test
    void showsInlineErrorsAndSavesNothingForABadNewUser() throws Exception {
        long before = accountCount();
        mvc.perform(post("/admin/users/new").with(TestUsers.as(admin)).with(csrf()).param("email", "not-an-email")
                        .param("displayName", "").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "email", "displayName", "roles"))
                .andExpect(content().string(containsString("id=\"email-error\"")));
        mvc.perform(post("/admin/users/new").with(TestUsers.as(admin)).with(csrf()).param("email", "ok-" + System.nanoTime()
                        + "@example.test").param("displayName", "Ok").param("password", "short").param("roles", "STAFF"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "weak-password"))
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/admin/users/new").with(TestUsers.as(admin)).with(csrf()).param("email", target.email())
                        .param("displayName", "Dup").param("password", "long-enough-password").param("roles", "STAFF"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "email-taken"));
        mvc.perform(post("/admin/users/new").with(TestUsers.as(admin)).with(csrf()).param("email", "c-" + System.nanoTime()
                        + "@example.test").param("displayName", "C").param("password", "long-enough-password")
                        .param("roles", "CUSTOMER_CONTACT"))
                .andExpect(model().attributeHasFieldErrorCode("form", "customerOrganisation", "customer-role"));
        mvc.perform(post("/admin/users/new").with(TestUsers.as(admin)).with(csrf()).param("email", "t-" + System.nanoTime()
                        + "@example.test").param("displayName", "T").param("password", "long-enough-password")
                        .param("roles", "STAFF").param("customerOrganisation", "abc"))
                .andExpect(model().attributeHasFieldErrors("form", "customerOrganisation"));
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void showsAUserAndAnswers404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/admin/users/{id}", target.accountId()).with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(target.email())))
                .andExpect(content().string(not(containsString("bcrypt"))));
        mvc.perform(get("/admin/users/{id}", 999_999_999L).with(TestUsers.as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void editsNameAndRoles() throws Exception {
        mvc.perform(post("/admin/users/{id}", target.accountId()).with(TestUsers.as(admin)).with(csrf())
                        .param("displayName", "New Name").param("roles", "PMO")
                        .param("version", String.valueOf(version(target.accountId()))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/users/" + target.accountId()));
        assertThat(users.rolesOf(target.accountId())).containsExactly(Role.PMO);
        assertThat(jdbc.queryForObject("select display_name from user_account where id = ?", String.class,
                target.accountId())).isEqualTo("New Name");
    }

    @Test
    void aStaleOrInvalidEditShowsAnErrorAndChangesNothing() throws Exception {
        long version = version(target.accountId());
        mvc.perform(post("/admin/users/{id}", target.accountId()).with(TestUsers.as(admin)).with(csrf())
                        .param("displayName", "New Name").param("roles", "PMO").param("version", String.valueOf(version - 1)))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("changed by someone else")));
        mvc.perform(post("/admin/users/{id}", target.accountId()).with(TestUsers.as(admin)).with(csrf())
                        .param("displayName", "").param("version", String.valueOf(version)))
                .andExpect(model().attributeHasFieldErrors("form", "displayName", "roles"));
        assertThat(version(target.accountId())).isEqualTo(version);
        assertThat(users.rolesOf(target.accountId())).containsExactly(Role.STAFF);
    }

    @Test
    void disablesAndEnablesAUser() throws Exception {
        mvc.perform(post("/admin/users/{id}/disable", target.accountId()).with(TestUsers.as(admin)).with(csrf())
                        .param("version", String.valueOf(version(target.accountId()))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, target.accountId()))
                .isFalse();
        mvc.perform(get("/admin/users/{id}", target.accountId()).with(TestUsers.as(admin)))
                .andExpect(content().string(containsString("Enable account")));
        mvc.perform(post("/admin/users/{id}/enable", target.accountId()).with(TestUsers.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, target.accountId()))
                .isTrue();
    }

    @Test
    void refusingToDisableYourselfIsShownAsAMessage() throws Exception {
        mvc.perform(post("/admin/users/{id}/disable", admin.accountId()).with(TestUsers.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError",
                        "You cannot disable your own account."));
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, admin.accountId()))
                .isTrue();
    }

    @Test
    void resetsThePasswordShowingAGeneratedOneOnce() throws Exception {
        String hash = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                target.accountId());
        mvc.perform(post("/admin/users/{id}/password", target.accountId()).with(TestUsers.as(admin)).with(csrf())
                        .param("generate", "true").param("version", String.valueOf(version(target.accountId()))))
                .andExpect(status().isOk()).andExpect(model().attributeExists("generatedPassword"))
                .andExpect(content().string(containsString("data-testid=\"generated-password\"")));
        assertThat(jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                target.accountId())).isNotEqualTo(hash);
    }

    @Test
    void aWeakOrMissingNewPasswordIsShownInlineAndChangesNothing() throws Exception {
        String hash = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                target.accountId());
        mvc.perform(post("/admin/users/{id}/password", target.accountId()).with(TestUsers.as(admin)).with(csrf())
                        .param("generate", "false").param("password", "short"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("passwordForm", "password"))
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/admin/users/{id}/password", target.accountId()).with(TestUsers.as(admin)).with(csrf())
                        .param("generate", "false"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "password"));
        assertThat(jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                target.accountId())).isEqualTo(hash);
    }
}

package org.integrationgateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
class UserAdminApiControllerTests {

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

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select email, display_name, password_hash, enabled, customer_organisation, version"
                + " from user_account where id = ?", id);
    }

    private long accountCount() {
        return jdbc.queryForObject("select count(*) from user_account", Long.class);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
    }

    private List<MockHttpServletRequestBuilder> everyEndpoint() {
        long id = target.accountId();
        return List.of(get("/api/admin/users"), get("/api/admin/users/{id}", id),
                json(post("/api/admin/users"), "{\"email\":\"x@example.test\",\"displayName\":\"X\","
                        + "\"password\":\"long-enough-password\",\"roles\":[\"STAFF\"]}"),
                json(put("/api/admin/users/{id}", id), "{\"displayName\":\"Y\",\"roles\":[\"STAFF\"],\"version\":0}"),
                post("/api/admin/users/{id}/disable", id).with(csrf()), post("/api/admin/users/{id}/enable", id).with(csrf()),
                json(post("/api/admin/users/{id}/password", id), "{\"generate\":true}"));
    }

    @Test
    void pmoAndStaffAreForbiddenOnEveryEndpoint() throws Exception {
        for (Role role : List.of(Role.PMO, Role.STAFF)) {
            CurrentUser user = users.create(role);
            for (MockHttpServletRequestBuilder request : everyEndpoint()) {
                mvc.perform(request.with(TestUsers.as(user))).andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }
        assertThat(row(target.accountId()).get("enabled")).isEqualTo(true);
    }

    @Test
    void customerContactsGetNotFoundOnEveryEndpoint() throws Exception {
        CurrentUser customer = users.create(42L, Role.CUSTOMER_CONTACT);
        for (MockHttpServletRequestBuilder request : everyEndpoint()) {
            mvc.perform(request.with(TestUsers.as(customer))).andExpect(status().isNotFound());
        }
        assertThat(row(target.accountId()).get("enabled")).isEqualTo(true);
    }

    @Test
    void anonymousCallersGetUnauthorizedOnEveryEndpoint() throws Exception {
        for (MockHttpServletRequestBuilder request : everyEndpoint()) {
            mvc.perform(request).andExpect(status().isUnauthorized()).andExpect(header().string("WWW-Authenticate", "Bearer"));
        }
    }

    @Test
    void listsSearchesAndFiltersAccountsAPageAtATime() throws Exception {
        String marker = "zq" + System.nanoTime();
        users.createWithEmail(marker + "-a@example.test", null, Role.PMO);
        users.createWithEmail(marker + "-b@example.test", null, Role.STAFF);
        CurrentUser disabled = users.createWithEmail(marker + "-c@example.test", null, Role.STAFF);
        jdbc.update("update user_account set enabled = false where id = ?", disabled.accountId());

        mvc.perform(get("/api/admin/users").param("q", marker.toUpperCase()).with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/admin/users").param("q", marker).param("role", "STAFF").with(TestUsers.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/admin/users").param("q", marker).param("enabled", "false").with(TestUsers.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].email").value(marker + "-c@example.test"))
                .andExpect(jsonPath("$.content[0].roles[0]").value("STAFF"))
                .andExpect(jsonPath("$.content[0].passwordHash").doesNotExist());
        mvc.perform(get("/api/admin/users").param("q", marker).param("size", "2").param("page", "1")
                        .param("sort", "email,desc").with(TestUsers.as(admin)))
                .andExpect(jsonPath("$.totalPages").value(2)).andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.content[0].email").value(marker + "-a@example.test"));
        mvc.perform(get("/api/admin/users").param("q", "%").param("size", "1").with(TestUsers.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void refusesBadListParameters() throws Exception {
        mvc.perform(get("/api/admin/users").param("size", "101").with(TestUsers.as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/admin/users").param("sort", "password").with(TestUsers.as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/admin/users").param("role", "KING").with(TestUsers.as(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void createsAnAccountWithAHashedPasswordAndAnAuditEntryWithoutIt() throws Exception {
        String email = "new-" + System.nanoTime() + "@example.test";
        String id = mvc.perform(json(post("/api/admin/users"), "{\"email\":\"" + email.toUpperCase() + "\","
                        + "\"displayName\":\"New Person\",\"password\":\"long-enough-password\",\"roles\":[\"PMO\",\"STAFF\"]}")
                        .with(TestUsers.as(admin)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/admin/users/")))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.roles", hasItem("PMO")))
                .andReturn().getResponse().getHeader("Location").replace("/api/admin/users/", "");
        Map<String, Object> row = row(Long.parseLong(id));
        assertThat((String) row.get("password_hash")).startsWith("{bcrypt}").doesNotContain("long-enough-password");
        Map<String, Object> audit = jdbc.queryForMap("select actor, action, after_state from audit_entry"
                + " where entity_type = 'UserAccount' and entity_id = ?", id);
        assertThat(audit.get("actor")).isEqualTo(admin.email());
        assertThat(audit.get("action")).isEqualTo("created");
        assertThat((String) audit.get("after_state")).contains(email).doesNotContain("bcrypt").doesNotContain("long-enough");
    }

    @Test
    void createsACustomerContactForACustomerOrganisationId() throws Exception {
        mvc.perform(json(post("/api/admin/users"), "{\"email\":\"cust-" + System.nanoTime() + "@example.test\","
                        + "\"displayName\":\"Cu Stomer\",\"password\":\"long-enough-password\","
                        + "\"roles\":[\"CUSTOMER_CONTACT\"],\"customerOrganisation\":7}").with(TestUsers.as(admin)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.customerOrganisation").value(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"email\":",
        "[]",
        "{\"email\":\"a@example.test\",\"displayName\":\"A\",\"password\":\"long-enough-password\",\"roles\":\"STAFF\"}",
        "{\"email\":\"a@example.test\",\"displayName\":\"A\",\"password\":\"long-enough-password\",\"roles\":[\"KING\"]}",
        "{\"email\":\"a@example.test\",\"displayName\":\"A\",\"password\":\"long-enough-password\",\"roles\":[\"STAFF\"],\"customerOrganisation\":\"x\"}",
        "{\"displayName\":\"A\",\"password\":\"long-enough-password\",\"roles\":[\"STAFF\"]}",
        "{\"email\":\"a@example.test\",\"password\":\"long-enough-password\",\"roles\":[\"STAFF\"]}",
        "{\"email\":\"a@example.test\",\"displayName\":\"A\",\"roles\":[\"STAFF\"]}",
        "{\"email\":\"a@example.test\",\"displayName\":\"A\",\"password\":\"long-enough-password\",\"roles\":[]}",
        "{\"email\":\"not-an-email\",\"displayName\":\"A\",\"password\":\"long-enough-password\",\"roles\":[\"STAFF\"]}",
        "{\"email\":\"a@example.test\",\"displayName\":\"LONG201\",\"password\":\"long-enough-password\",\"roles\":[\"STAFF\"]}",
        "{\"email\":\"a@example.test\",\"displayName\":\"A\",\"password\":\"LONG129\",\"roles\":[\"STAFF\"]}"
    })
    void refusesMalformedOrInvalidNewAccountsWith400AndCreatesNothing(String body) throws Exception {
        long before = accountCount();
        mvc.perform(json(post("/api/admin/users"), body.replace("LONG201", "n".repeat(201)).replace("LONG129", "p".repeat(129)))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void refusesBusinessRuleViolationsWith422AndCreatesNothing() throws Exception {
        long before = accountCount();
        mvc.perform(json(post("/api/admin/users"), "{\"email\":\"w@example.test\",\"displayName\":\"W\","
                        + "\"password\":\"short\",\"roles\":[\"STAFF\"]}").with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("weak-password"))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(json(post("/api/admin/users"), "{\"email\":\"w@example.test\",\"displayName\":\"W\","
                        + "\"password\":\"w@example.test\",\"roles\":[\"STAFF\"]}").with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(post("/api/admin/users"), "{\"email\":\"w@example.test\",\"displayName\":\"W\","
                        + "\"password\":\"long-enough-password\",\"roles\":[\"CUSTOMER_CONTACT\",\"STAFF\"],"
                        + "\"customerOrganisation\":3}").with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("customer-role"));
        mvc.perform(json(post("/api/admin/users"), "{\"email\":\"w@example.test\",\"displayName\":\"W\","
                        + "\"password\":\"long-enough-password\",\"roles\":[\"STAFF\"],\"customerOrganisation\":3}")
                        .with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent());
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void refusesATakenEmailWith409() throws Exception {
        long before = accountCount();
        mvc.perform(json(post("/api/admin/users"), "{\"email\":\"" + target.email() + "\",\"displayName\":\"W\","
                        + "\"password\":\"long-enough-password\",\"roles\":[\"STAFF\"]}").with(TestUsers.as(admin)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("email-taken"));
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void showsOneAccountAndAnswers404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/admin/users/{id}", target.accountId()).with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(target.email()))
                .andExpect(jsonPath("$.version").isNumber());
        mvc.perform(get("/api/admin/users/{id}", 999_999_999L).with(TestUsers.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/admin/users/abc").with(TestUsers.as(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void updatesNameAndRolesAtTheCurrentVersion() throws Exception {
        long version = version(target.accountId());
        mvc.perform(json(put("/api/admin/users/{id}", target.accountId()), "{\"displayName\":\"Renamed\","
                        + "\"roles\":[\"PMO\"],\"version\":" + version + "}").with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value("Renamed"))
                .andExpect(jsonPath("$.roles[0]").value("PMO")).andExpect(jsonPath("$.version").value(version + 1));
        assertThat(users.rolesOf(target.accountId())).containsExactly(Role.PMO);
        String before = jdbc.queryForObject("select before_state from audit_entry where entity_type = 'UserAccount'"
                + " and entity_id = ? and action = 'updated'", String.class, String.valueOf(target.accountId()));
        assertThat(before).contains("STAFF").doesNotContain("bcrypt");
    }

    @Test
    void aStaleVersionAnswers409AndChangesNothing() throws Exception {
        long version = version(target.accountId());
        mvc.perform(json(put("/api/admin/users/{id}", target.accountId()), "{\"displayName\":\"Renamed\","
                        + "\"roles\":[\"PMO\"],\"version\":" + (version - 1) + "}").with(TestUsers.as(admin)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(json(post("/api/admin/users/{id}/disable", target.accountId()), "{\"version\":" + (version + 5) + "}")
                        .with(TestUsers.as(admin)))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/admin/users/{id}/password", target.accountId()),
                        "{\"generate\":true,\"version\":" + (version + 5) + "}").with(TestUsers.as(admin)))
                .andExpect(status().isConflict());
        Map<String, Object> row = row(target.accountId());
        assertThat(row.get("display_name")).isEqualTo("Test " + target.email());
        assertThat(row.get("enabled")).isEqualTo(true);
        assertThat(row.get("version")).isEqualTo(version);
        assertThat(users.rolesOf(target.accountId())).containsExactly(Role.STAFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"displayName\":\"R\",\"roles\":[\"PMO\"]}", "{\"displayName\":\"\",\"roles\":[\"PMO\"],\"version\":0}",
        "{\"displayName\":\"R\",\"roles\":[],\"version\":0}", "{\"displayName\":\"R\",\"roles\":[\"PMO\"],\"version\":\"x\"}",
        "{\"displayName\":\"R\",\"roles\":[\"PMO\"],\"version\":0"})
    void refusesInvalidUpdatesWith400AndChangesNothing(String body) throws Exception {
        long version = version(target.accountId());
        mvc.perform(json(put("/api/admin/users/{id}", target.accountId()), body).with(TestUsers.as(admin)))
                .andExpect(status().isBadRequest());
        assertThat(version(target.accountId())).isEqualTo(version);
    }

    @Test
    void updatingAnUnknownAccountAnswers404() throws Exception {
        mvc.perform(json(put("/api/admin/users/{id}", 999_999_999L), "{\"displayName\":\"R\",\"roles\":[\"PMO\"],\"version\":0}")
                .with(TestUsers.as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/api/admin/users/{id}/disable", 999_999_999L).with(csrf()).with(TestUsers.as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/admin/users/{id}/enable", 999_999_999L).with(csrf()).with(TestUsers.as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/admin/users/{id}/password", 999_999_999L), "{\"generate\":true}")
                .with(TestUsers.as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void disablesAndEnablesAnAccountWithAuditEntries() throws Exception {
        mvc.perform(post("/api/admin/users/{id}/disable", target.accountId()).with(csrf()).with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        assertThat(row(target.accountId()).get("enabled")).isEqualTo(false);
        mvc.perform(post("/api/admin/users/{id}/enable", target.accountId()).with(csrf()).with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'UserAccount' and entity_id = ?"
                + " order by id", String.class, String.valueOf(target.accountId()))).containsExactly("disabled", "enabled");
    }

    @Test
    void anAdministratorCannotDisableThemselvesOrDropTheirOwnAdministratorRole() throws Exception {
        mvc.perform(post("/api/admin/users/{id}/disable", admin.accountId()).with(csrf()).with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("own-account"));
        mvc.perform(json(put("/api/admin/users/{id}", admin.accountId()), "{\"displayName\":\"Me\",\"roles\":[\"STAFF\"],"
                        + "\"version\":" + version(admin.accountId()) + "}").with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("own-administrator-role"));
        assertThat(row(admin.accountId()).get("enabled")).isEqualTo(true);
        assertThat(users.rolesOf(admin.accountId())).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void generatesAPasswordShownOnceOrSetsTheOneGiven() throws Exception {
        String hashBefore = (String) row(target.accountId()).get("password_hash");
        String generated = com.jayway.jsonpath.JsonPath.read(mvc.perform(json(post("/api/admin/users/{id}/password",
                        target.accountId()), "{\"generate\":true}").with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.account.id").value(target.accountId()))
                .andReturn().getResponse().getContentAsString(), "$.generatedPassword");
        assertThat(generated).hasSize(20);
        assertThat((String) row(target.accountId()).get("password_hash")).isNotEqualTo(hashBefore).doesNotContain(generated);
        mvc.perform(json(post("/api/admin/users/{id}/password", target.accountId()), "{\"password\":\"another-good-password\"}")
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.generatedPassword").isEmpty());
        String audit = jdbc.queryForObject("select after_state from audit_entry where entity_type = 'UserAccount' and"
                + " entity_id = ? and action = 'password-reset' order by id desc limit 1", String.class,
                String.valueOf(target.accountId()));
        assertThat(audit).doesNotContain("bcrypt").doesNotContain("another-good-password").doesNotContain(generated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"generate\":true,\"password\":\"another-good-password\"}", "{\"generate\":\"yes\"}",
        "{\"password\":\"LONG129\"}", "{\"password\":"})
    void refusesBadPasswordRequestsWith400AndChangesNothing(String body) throws Exception {
        String hashBefore = (String) row(target.accountId()).get("password_hash");
        mvc.perform(json(post("/api/admin/users/{id}/password", target.accountId()), body.replace("LONG129", "p".repeat(129)))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isBadRequest());
        assertThat(row(target.accountId()).get("password_hash")).isEqualTo(hashBefore);
    }

    @Test
    void refusesAWeakNewPasswordWith422() throws Exception {
        String hashBefore = (String) row(target.accountId()).get("password_hash");
        mvc.perform(json(post("/api/admin/users/{id}/password", target.accountId()), "{\"password\":\"" + target.email() + "\"}")
                        .with(TestUsers.as(admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("password"));
        assertThat(row(target.accountId()).get("password_hash")).isEqualTo(hashBefore);
    }

    @Test
    void theListNeverShowsPasswordHashes() throws Exception {
        mvc.perform(get("/api/admin/users").with(TestUsers.as(admin)))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("bcrypt"))));
    }
}

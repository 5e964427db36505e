package org.integrationgateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.util.Map;
import org.integrationgateway.identity.ApiTokenSecrets;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
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

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ApiTokenApiControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    /** Creates a token through the API as {@code user} and returns the response body. */
    private String createToken(CurrentUser user, String body) throws Exception {
        return mvc.perform(post("/api/account/tokens").with(TestUsers.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private long tokenCount(CurrentUser user) {
        return jdbc.queryForObject("select count(*) from api_token where user_account = ?", Long.class, user.accountId());
    }

    @Test
    void everySignedInRoleCreatesAndUsesItsOwnTokenAndTheSecretIsShownOnce() throws Exception {
        for (CurrentUser user : new CurrentUser[] {users.create(Role.ADMINISTRATOR), users.create(Role.PMO),
                users.create(Role.STAFF), users.create(9L, Role.CUSTOMER_CONTACT)}) {
            String body = createToken(user, "{\"name\":\"laptop\",\"expiresInDays\":30}");
            String secret = JsonPath.read(body, "$.token");
            assertThat(ApiTokenSecrets.isWellFormed(secret)).isTrue();
            Map<String, Object> row = jdbc.queryForMap("select token_hash, token_prefix, expires_at from api_token"
                    + " where user_account = ?", user.accountId());
            assertThat(row.get("token_hash")).isEqualTo(ApiTokenSecrets.hash(secret));
            assertThat(row.get("token_prefix")).isEqualTo(secret.substring(0, 12));
            assertThat(row.get("expires_at")).isNotNull();

            mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + secret))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                    .andExpect(jsonPath("$.content[0].name").value("laptop"))
                    .andExpect(jsonPath("$.content[0].prefix").value(secret.substring(0, 12)))
                    .andExpect(jsonPath("$.content[0].token").doesNotExist())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(secret))));
        }
    }

    @Test
    void aTokenActsWithItsAccountsRolesOnTheApiAndCreatesNoSession() throws Exception {
        CurrentUser pmo = users.create(Role.PMO);
        String secret = JsonPath.read(createToken(pmo, "{\"name\":\"script\"}"), "$.token");
        long sessionsBefore = jdbc.queryForObject("select count(*) from spring_session", Long.class);
        mvc.perform(get("/api/admin/users").header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(sessionsBefore);
        assertThat(jdbc.queryForObject("select last_used_at from api_token where user_account = ?", OffsetDateTime.class,
                pmo.accountId())).isNotNull();
    }

    @Test
    void bearerRequestsNeedNoCsrfTokenButCannotCreateTokens() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        String first = createToken(staff, "{\"name\":\"one\"}");
        String secret = JsonPath.read(first, "$.token");
        mvc.perform(post("/api/account/tokens").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"two\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("token-cannot-create-token"));
        Integer id = JsonPath.read(first, "$.id");
        mvc.perform(delete("/api/account/tokens/{id}", id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNoContent());
        assertThat(tokenCount(staff)).isEqualTo(1);
    }

    @Test
    void unknownRevokedExpiredAndDisabledAccountTokensAnswer401ProblemJson() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        String revoked = JsonPath.read(createToken(staff, "{\"name\":\"revoked\"}"), "$.token");
        String expired = JsonPath.read(createToken(staff, "{\"name\":\"expired\"}"), "$.token");
        jdbc.update("update api_token set expires_at = ? where token_hash = ?", OffsetDateTime.now().minusSeconds(1),
                ApiTokenSecrets.hash(expired));
        Integer revokedId = JsonPath.read(mvc.perform(get("/api/account/tokens").param("sort", "name")
                        .with(TestUsers.as(staff))).andReturn().getResponse().getContentAsString(), "$.content[1].id");
        mvc.perform(delete("/api/account/tokens/{id}", revokedId).with(TestUsers.as(staff)).with(csrf()))
                .andExpect(status().isNoContent());

        CurrentUser disabled = users.create(Role.STAFF);
        String ofDisabled = JsonPath.read(createToken(disabled, "{\"name\":\"x\"}"), "$.token");
        jdbc.update("update user_account set enabled = false where id = ?", disabled.accountId());

        for (String secret : new String[] {revoked, expired, ofDisabled, ApiTokenSecrets.generate(), "garbage"}) {
            mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + secret))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
        }
    }

    @Test
    void listsTheTokenAsExpiredOnceItsTimeIsUp() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        createToken(staff, "{\"name\":\"old\"}");
        jdbc.update("update api_token set expires_at = ? where user_account = ?", OffsetDateTime.now().minusDays(1),
                staff.accountId());
        mvc.perform(get("/api/account/tokens").with(TestUsers.as(staff)))
                .andExpect(jsonPath("$.content[0].expired").value(true));
    }

    @Test
    void revokingSomeoneElsesOrAnUnknownTokenAnswers404AndChangesNothing() throws Exception {
        CurrentUser owner = users.create(Role.STAFF);
        CurrentUser other = users.create(Role.ADMINISTRATOR);
        Integer id = JsonPath.read(createToken(owner, "{\"name\":\"mine\"}"), "$.id");
        mvc.perform(delete("/api/account/tokens/{id}", id).with(TestUsers.as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/account/tokens/{id}", 999_999_999).with(TestUsers.as(owner)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/account/tokens/abc").with(TestUsers.as(owner)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select revoked_at from api_token where id = ?", OffsetDateTime.class, id)).isNull();
        mvc.perform(delete("/api/account/tokens/{id}", id).with(TestUsers.as(owner)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/account/tokens/{id}", id).with(TestUsers.as(owner)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'ApiToken' and entity_id = ?"
                + " order by id", String.class, String.valueOf(id))).containsExactly("created", "revoked");
        assertThat(jdbc.queryForObject("select after_state from audit_entry where entity_type = 'ApiToken'"
                + " and entity_id = ? and action = 'created'", String.class, String.valueOf(id))).doesNotContain("hash");
    }

    @Test
    void anonymousCallersGet401OnEveryEndpoint() throws Exception {
        mvc.perform(get("/api/account/tokens")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/account/tokens").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/account/tokens/1").with(csrf())).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "{}", "{\"name\":\"\"}", "{\"name\":\"LONG101\"}", "{\"name\":\"x\",\"expiresInDays\":0}",
        "{\"name\":\"x\",\"expiresInDays\":367}", "{\"name\":\"x\",\"expiresInDays\":\"soon\"}", "[\"x\"]"})
    void refusesBadNewTokensWith400AndCreatesNothing(String body) throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        mvc.perform(post("/api/account/tokens").with(TestUsers.as(staff)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("LONG101", "n".repeat(101))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(tokenCount(staff)).isZero();
    }
}

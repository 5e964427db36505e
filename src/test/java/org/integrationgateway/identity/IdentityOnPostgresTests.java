package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
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

/** Token authentication, session ending and the sign-in throttle on a real PostgreSQL 15. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class IdentityOnPostgresTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 15");
    }

    @Test
    void tokensAuthenticateRecordTheirUseAndStopWhenRevokedOrTheAccountIsDisabled() throws Exception {
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        CurrentUser staff = users.create(Role.STAFF);
        String created = mvc.perform(post("/api/account/tokens").with(TestUsers.as(staff)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ci\",\"expiresInDays\":7}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(created, "$.token");
        Integer id = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].lastUsedAt").isNotEmpty());
        OffsetDateTime firstUse = jdbc.queryForObject("select last_used_at from api_token where id = ?",
                OffsetDateTime.class, id);
        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", OffsetDateTime.class, id))
                .as("uses within a minute are not written again").isEqualTo(firstUse);

        mvc.perform(post("/api/admin/users/{id}/disable", staff.accountId()).with(TestUsers.as(admin)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/users/{id}/enable", staff.accountId()).with(TestUsers.as(admin)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        mvc.perform(delete("/api/account/tokens/{id}", id).with(TestUsers.as(staff)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSignInThrottleBlocksAfterFiveFailuresAndIsKeptInTheDatabase() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(staff.email()).password("wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.queryForObject("select failures from sign_in_throttle where login_name = ?", Integer.class,
                staff.email())).isEqualTo(5);
        mvc.perform(formLogin("/login").user(staff.email()).password(TestUsers.PASSWORD))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));

        jdbc.update("update sign_in_throttle set blocked_until = ? where login_name = ?",
                OffsetDateTime.now().minusSeconds(1), staff.email());
        mvc.perform(formLogin("/login").user(staff.email()).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where login_name = ?", Integer.class,
                staff.email())).isZero();
    }
}

package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Real form sign-in against accounts in the database, sessions in Spring Session JDBC. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApiTokenManagement tokens;

    private Cookie signIn(CurrentUser user) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(user.email()).password(TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    @Test
    void signsInWithTheRightPasswordAndKeepsTheSessionInTheDatabase() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signIn(staff);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                staff.email())).isEqualTo(1);
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        MvcResult result = mvc.perform(formLogin("/login").user(staff.email()).password(TestUsers.PASSWORD)).andReturn();
        String setCookie = result.getResponse().getHeaders("Set-Cookie").stream()
                .filter(value -> value.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        mvc.perform(formLogin("/login").user(staff.email()).password("wrong-password-1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select failures from sign_in_throttle where login_name = ?", Integer.class,
                staff.email())).isEqualTo(1);
    }

    @Test
    void answers429WithRetryAfterAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(staff.email()).password("wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(staff.email().toUpperCase()).password(TestUsers.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("(5\\d|60)")));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                staff.email())).isZero();
    }

    @Test
    void theBlockedPageSaysHowLongToWait() throws Exception {
        mvc.perform(post("/login/throttled").with(csrf()).requestAttr(
                        "org.integrationgateway.identity.SignInThrottleFilter.retryAfter", 60L))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Try again in 60 seconds")));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(staff.email()).password("wrong-password-" + i));
        }
        signIn(staff);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where login_name = ?", Integer.class,
                staff.email())).isZero();
    }

    @Test
    void unknownNamesAreThrottledToo() throws Exception {
        String name = "nobody-" + System.nanoTime() + "@example.test";
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(name).password("whatever-password"));
        }
        mvc.perform(formLogin("/login").user(name).password("whatever-password"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }

    @Test
    void disablingAnAccountEndsItsSessionAndItsTokensAtOnce() throws Exception {
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signIn(staff);
        String token = tokens.create(staff.accountId(), "ci", null).secret();
        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/api/admin/users/{id}/disable", staff.accountId()).with(TestUsers.as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                staff.email())).isZero();
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/account/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")));
        mvc.perform(formLogin("/login").user(staff.email()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSessionStopsWorkingWhenItsAccountIsDisabledEvenBeforeTheSessionRowIsDeleted() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signIn(staff);
        jdbc.update("update user_account set enabled = false where id = ?", staff.accountId());
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSessionOpenedBeforeACredentialChangeIsRefusedOnTheApi() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signIn(staff);
        jdbc.update("update user_account set credentials_changed_at = ? where id = ?",
                java.time.OffsetDateTime.now().plusSeconds(1), staff.accountId());
        mvc.perform(get("/api/account/tokens").cookie(session).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void resettingThePasswordEndsTheSessionsAndTheNewPasswordWorks() throws Exception {
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        CurrentUser staff = users.create(Role.STAFF);
        Cookie session = signIn(staff);
        mvc.perform(post("/api/admin/users/{id}/password", staff.accountId()).with(TestUsers.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"a-brand-new-password\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user(staff.email()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(staff.email()).password("a-brand-new-password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void roleChangesApplyToAnOpenSessionOnTheNextRequest() throws Exception {
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        CurrentUser other = users.create(Role.ADMINISTRATOR);
        Cookie session = signIn(other);
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
        jdbc.update("delete from user_role where user_account = ? and role = 'ADMINISTRATOR'", other.accountId());
        jdbc.update("insert into user_role (user_account, role) values (?, 'STAFF')", other.accountId());
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());
        assertThat(admin).isNotNull();
    }
}

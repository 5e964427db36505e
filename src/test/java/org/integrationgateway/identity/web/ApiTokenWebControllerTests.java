package org.integrationgateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.ApiTokenSecrets;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ApiTokenWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everySignedInRoleSeesItsTokenPage() throws Exception {
        for (CurrentUser user : new CurrentUser[] {users.create(Role.ADMINISTRATOR), users.create(Role.PMO),
                users.create(Role.STAFF), users.create(3L, Role.CUSTOMER_CONTACT)}) {
            mvc.perform(get("/account/tokens").with(TestUsers.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("You have no API tokens.")));
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/account/tokens")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/tokens").with(csrf()).param("name", "x")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/tokens/1/revoke").with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void createsATokenShowsItsSecretOnceAndListsIt() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        String page = mvc.perform(post("/account/tokens").with(TestUsers.as(staff)).with(csrf())
                        .param("name", "Build server").param("expiresInDays", "90"))
                .andExpect(status().isOk()).andExpect(model().attributeExists("secret"))
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*data-testid=\"token-secret\">([^<]+)<.*", "$1");
        assertThat(ApiTokenSecrets.isWellFormed(secret)).isTrue();
        assertThat(jdbc.queryForObject("select token_hash from api_token where user_account = ?", String.class,
                staff.accountId())).isEqualTo(ApiTokenSecrets.hash(secret));
        mvc.perform(get("/account/tokens").with(TestUsers.as(staff)))
                .andExpect(content().string(containsString("Build server")))
                .andExpect(content().string(containsString(secret.substring(0, 12))))
                .andExpect(content().string(not(containsString(secret))));
    }

    @Test
    void showsInlineErrorsAndCreatesNothingForABadName() throws Exception {
        CurrentUser staff = users.create(Role.STAFF);
        mvc.perform(post("/account/tokens").with(TestUsers.as(staff)).with(csrf()).param("name", " ").param("expiresInDays", "90"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "name"))
                .andExpect(content().string(containsString("name-error")));
        mvc.perform(post("/account/tokens").with(TestUsers.as(staff)).with(csrf()).param("name", "n".repeat(101)))
                .andExpect(model().attributeHasFieldErrors("form", "name"));
        mvc.perform(post("/account/tokens").with(TestUsers.as(staff)).with(csrf()).param("name", "x").param("expiresInDays", "999"))
                .andExpect(model().attributeHasFieldErrors("form", "expiresInDays"));
        assertThat(jdbc.queryForObject("select count(*) from api_token where user_account = ?", Long.class,
                staff.accountId())).isZero();
    }

    @Test
    void revokesOwnTokensButAnswers404ForSomeoneElses() throws Exception {
        CurrentUser owner = users.create(Role.STAFF);
        CurrentUser other = users.create(Role.STAFF);
        mvc.perform(post("/account/tokens").with(TestUsers.as(owner)).with(csrf()).param("name", "mine"));
        long id = jdbc.queryForObject("select id from api_token where user_account = ?", Long.class, owner.accountId());
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(TestUsers.as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from api_token where id = ? and revoked_at is null", Long.class, id))
                .isEqualTo(1);
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(TestUsers.as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/account/tokens"));
        assertThat(jdbc.queryForObject("select count(*) from api_token where id = ? and revoked_at is not null", Long.class, id))
                .isEqualTo(1);
    }
}

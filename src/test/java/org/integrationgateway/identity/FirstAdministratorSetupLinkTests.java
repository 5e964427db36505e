package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A production start without accounts and without administrator settings: a one-time setup link. */
@SpringBootTest(properties = {"GATEWAY_ADMIN_EMAIL=", "PORT=8123"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorSetupLinkTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void logsASetupLinkThatCreatesTheFirstAdministratorOnce(CapturedOutput output) throws Exception {
        Matcher link = Pattern.compile("WARN .*http://localhost:8123/setup\\?token=(igw_[A-Za-z0-9_-]{43})")
                .matcher(output.getAll());
        assertThat(link.find()).as("setup link logged at WARN").isTrue();
        String token = link.group(1);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select token_hash from setup_token where used_at is null", String.class))
                .isEqualTo(ApiTokenSecrets.hash(token));

        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(get("/setup").param("token", ApiTokenSecrets.generate())).andExpect(status().isNotFound());
        mvc.perform(get("/setup").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Create administrator")));

        mvc.perform(post("/setup").with(csrf()).param("token", token).param("email", "boss@example.test")
                        .param("displayName", "Boss").param("password", "a-long-admin-password")
                        .param("confirmation", "something-else"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "confirmation"));
        mvc.perform(post("/setup").with(csrf()).param("token", token).param("email", "boss@example.test")
                        .param("displayName", "Boss").param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "password"));
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isZero();

        mvc.perform(post("/setup").with(csrf()).param("token", token).param("email", "boss@example.test")
                        .param("displayName", "Boss").param("password", "a-long-admin-password")
                        .param("confirmation", "a-long-admin-password"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?setupDone"));
        assertThat(jdbc.queryForList("select role from user_role", String.class)).containsExactly("ADMINISTRATOR");
        assertThat(jdbc.queryForObject("select count(*) from setup_token where used_at is not null", Integer.class))
                .isEqualTo(1);
        mvc.perform(formLogin("/login").user("boss@example.test").password("a-long-admin-password"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/setup").param("token", token)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("no longer valid")));
        mvc.perform(post("/setup").with(csrf()).param("token", token).param("email", "second@example.test")
                        .param("displayName", "Second").param("password", "a-long-admin-password")
                        .param("confirmation", "a-long-admin-password"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain("a-long-admin-password");
    }
}

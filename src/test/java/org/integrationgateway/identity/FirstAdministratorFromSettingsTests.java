package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A production start without accounts and with GATEWAY_ADMIN_EMAIL / GATEWAY_ADMIN_PASSWORD set. */
@SpringBootTest(properties = {"GATEWAY_ADMIN_EMAIL=Root@Example.test", "GATEWAY_ADMIN_PASSWORD=a-long-admin-password"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdministratorFromSettingsTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void createsThatAdministratorAndNoSetupToken() throws Exception {
        assertThat(jdbc.queryForList("select email from user_account", String.class)).containsExactly("root@example.test");
        assertThat(jdbc.queryForList("select r.role from user_role r join user_account a on a.id = r.user_account",
                String.class)).containsExactly("ADMINISTRATOR");
        assertThat(jdbc.queryForObject("select count(*) from setup_token", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select actor from audit_entry where entity_type = 'UserAccount'", String.class))
                .isEqualTo("system");
        mvc.perform(formLogin("/login").user("root@example.test").password("a-long-admin-password"))
                .andExpect(redirectedUrl("/"));
    }
}

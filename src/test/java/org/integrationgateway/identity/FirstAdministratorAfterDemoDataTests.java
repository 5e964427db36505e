package org.integrationgateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** With demo data (loaded on ApplicationReadyEvent at order 0) the first-administrator rule does nothing. */
@SpringBootTest(properties = {"GATEWAY_ADMIN_EMAIL=root@example.test", "GATEWAY_ADMIN_PASSWORD=a-long-admin-password"})
@ActiveProfiles("test")
class FirstAdministratorAfterDemoDataTests {

    @Autowired JdbcTemplate jdbc;

    @TestConfiguration
    static class DemoLoader {

        @Autowired AccountManagement accounts;

        @EventListener(ApplicationReadyEvent.class)
        @Order(0)
        void load() {
            accounts.createAccount(new NewAccount("demo-admin@example.test", "Demo", "demo-password-long",
                    Set.of(Role.ADMINISTRATOR), null));
        }
    }

    @Test
    void createsNoAdministratorAndNoSetupToken() {
        assertThat(jdbc.queryForList("select email from user_account", String.class))
                .containsExactly("demo-admin@example.test");
        assertThat(jdbc.queryForObject("select count(*) from setup_token", Integer.class)).isZero();
    }
}

package org.integrationgateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The test profile turns the demo off; same configuration as the smoke tests, so the context is shared. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataDisabledTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired DemoDataLoader loader;
    @Autowired DemoSettings settings;

    @Test
    void loadsNothingWhenDisabled() {
        assertThat(settings.enabled()).isFalse();
        assertThat(loader.loadIfWanted()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email like '%@kestrel.example'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from person where email like '%@kestrel.example'",
                Integer.class)).isZero();
    }
}

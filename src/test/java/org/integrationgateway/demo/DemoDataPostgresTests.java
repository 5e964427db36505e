package org.integrationgateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.integrationgateway.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** On a real PostgreSQL 15: the demo is refused even when enabled; the script itself stays portable. */
@SpringBootTest(properties = "gateway.demo.enabled=true")
@ActiveProfiles("test")
@PostgresTest
class DemoDataPostgresTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired DemoDataLoader loader;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void isNeverLoadedIntoPostgresql() {
        assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'admin@kestrel.example'",
                Integer.class)).isZero();
        assertThat(loader.loadIfWanted()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isZero();
    }

    @Test
    void theScriptIsValidOnPostgresqlToo() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            loader.loadOrganisation();
            assertThat(jdbc.queryForObject("select count(*) from project", Integer.class)).isEqualTo(5);
            assertThat(jdbc.queryForObject("select count(*) from person where user_account is not null",
                    Integer.class)).isEqualTo(7);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isZero();
    }
}

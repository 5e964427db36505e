package org.integrationgateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty PostgreSQL database named by {@code spring.datasource.url} with the Kestrel demo organisation and
 * commits it: the source database of {@code src/test/backup/matrix-on-restored.sh}, which backs it up, restores it
 * into a fresh database and runs the authorization matrix there (docs/reliability.md, part 8). The application's
 * loader never loads the demo into PostgreSQL; this run calls its script directly, which stays portable
 * ({@link DemoDataPostgresTests}). Not named like the tests of every build: it needs a database given on the command
 * line and writes to it.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoOrganisationIntoPostgresRun {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired DemoDataLoader loader;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void loadsTheDemoOrganisationIntoTheEmptyPostgresqlDatabase() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).as("the database given").isEqualTo("PostgreSQL");
        }
        assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).as("departments before").isZero();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> loader.loadOrganisation());

        assertThat(jdbc.queryForObject("select count(*) from project", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'admin@kestrel.example'",
                Integer.class)).isOne();
    }
}

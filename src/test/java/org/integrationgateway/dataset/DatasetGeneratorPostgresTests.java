package org.integrationgateway.dataset;

import javax.sql.DataSource;
import org.integrationgateway.support.PostgresDatabase;
import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;

/** The dataset generator on PostgreSQL 15. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@PostgresTest
class DatasetGeneratorPostgresTests extends DatasetGeneratorContract {

    @Override
    DataSource otherDatabase() {
        return new DriverManagerDataSource(PostgresDatabase.newDatabase(), "postgres", "postgres");
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}

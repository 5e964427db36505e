package org.integrationgateway.dataset;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ActiveProfiles;

/** The dataset generator on H2. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatasetGeneratorTests extends DatasetGeneratorContract {

    @Override
    DataSource otherDatabase() {
        // One connection throughout: H2 2.4 cannot evaluate a check constraint once the session that created it
        // (Flyway's) is closed ("The database has been closed").
        return new SingleConnectionDataSource("jdbc:h2:mem:dataset-" + UUID.randomUUID() + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
    }

    @Override
    String vendor() {
        return "h2";
    }
}

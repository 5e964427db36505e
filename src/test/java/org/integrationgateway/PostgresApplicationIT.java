package org.integrationgateway;

import org.integrationgateway.support.PostgresTest;
import org.springframework.test.context.ActiveProfiles;

/** The whole application on a real PostgreSQL 15 server started by the test run. */
@ActiveProfiles("test")
@PostgresTest
class PostgresApplicationIT extends ApplicationIT {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }

    @Override
    String expectedVendor() {
        return "postgresql";
    }
}

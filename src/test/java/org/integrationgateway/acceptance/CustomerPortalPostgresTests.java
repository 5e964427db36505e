package org.integrationgateway.acceptance;

import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The customer portal service on a real PostgreSQL 15. */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
class CustomerPortalPostgresTests extends CustomerPortalContract {
}

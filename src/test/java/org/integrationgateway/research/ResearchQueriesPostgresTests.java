package org.integrationgateway.research;

import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The research board's queries on a real PostgreSQL 15. */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class ResearchQueriesPostgresTests extends ResearchQueriesContract {
}

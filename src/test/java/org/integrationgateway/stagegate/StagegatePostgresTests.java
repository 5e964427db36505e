package org.integrationgateway.stagegate;

import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The stage-gate flow, including the decision race, on a real PostgreSQL 15. */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class StagegatePostgresTests extends StagegateFlowContract {
}

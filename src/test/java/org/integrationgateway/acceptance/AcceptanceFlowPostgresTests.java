package org.integrationgateway.acceptance;

import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The acceptance core on a real PostgreSQL 15. */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
@Import(AcceptanceFlowContract.RecordSaves.class)
class AcceptanceFlowPostgresTests extends AcceptanceFlowContract {
}

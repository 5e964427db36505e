package org.integrationgateway.realtime;

import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The inbox and its e-mail on a real PostgreSQL 15 (the unique key with ON CONFLICT, the mail worker's updates). */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class InboxPostgresTests extends InboxFlowContract {
}

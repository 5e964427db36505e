package org.integrationgateway.changecontrol;

import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Concurrent edits, votes and decisions on a real PostgreSQL 15. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class ConcurrentEditsPostgresTests extends ConcurrentEditsContract {
}

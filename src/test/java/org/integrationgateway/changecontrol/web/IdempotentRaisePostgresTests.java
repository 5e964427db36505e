package org.integrationgateway.changecontrol.web;

import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Idempotent raising of change requests on a real PostgreSQL 15, where concurrent inserts of one key block and fail. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class IdempotentRaisePostgresTests extends IdempotentRaiseContract {
}

package org.integrationgateway.changecontrol.web;

import org.integrationgateway.identity.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Idempotent raising of change requests on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class IdempotentRaiseTests extends IdempotentRaiseContract {
}

package org.integrationgateway.changecontrol;

import org.integrationgateway.identity.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Concurrent edits, votes and decisions on H2. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ConcurrentEditsTests extends ConcurrentEditsContract {
}

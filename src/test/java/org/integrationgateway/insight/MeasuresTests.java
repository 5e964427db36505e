package org.integrationgateway.insight;

import org.integrationgateway.identity.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The measures on H2 (PostgreSQL mode). */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class MeasuresTests extends MeasuresContract {
}

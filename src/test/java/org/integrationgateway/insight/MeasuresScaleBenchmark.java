package org.integrationgateway.insight;

import org.integrationgateway.identity.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The measures' timing over 100 000 change requests on H2 (a benchmark: not matched by the test run's *Tests pattern; run it by name, see docs/measures.md). */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class MeasuresScaleBenchmark extends MeasuresScaleContract {
}

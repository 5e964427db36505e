package org.integrationgateway.insight;

import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The measures' timing over 100 000 change requests on PostgreSQL 15 (a benchmark: not matched by the test run's *Tests pattern; run it by name, see docs/measures.md). */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class MeasuresScalePostgresBenchmark extends MeasuresScaleContract {
}

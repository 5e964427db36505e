package org.integrationgateway.insight;

import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.support.PostgresTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The measures' timing over 100 000 change requests on PostgreSQL 15 (opt-in: {@code -Dinsight.scale=true}). */
@EnabledIfSystemProperty(named = "insight.scale", matches = "true")
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
@Import(TestUsers.class)
class MeasuresScalePostgresTests extends MeasuresScaleContract {
}

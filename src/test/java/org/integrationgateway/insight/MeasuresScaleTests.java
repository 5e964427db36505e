package org.integrationgateway.insight;

import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The measures' timing over 100 000 change requests on H2 (opt-in: {@code -Dinsight.scale=true}). */
@EnabledIfSystemProperty(named = "insight.scale", matches = "true")
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class MeasuresScaleTests extends MeasuresScaleContract {
}

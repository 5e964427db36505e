package org.integrationgateway.acceptance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The customer portal service on H2. */
@SpringBootTest
@ActiveProfiles("test")
class CustomerPortalTests extends CustomerPortalContract {
}

package org.integrationgateway.integration;

import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Webhook delivery on a real PostgreSQL 15: the cursor, attempt log, back-off and disabling updates of the worker,
 * the stream it reads (positioned by the sequencer under PostgreSQL's row lock) and the cluster lease.
 */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
class WebhookDeliveryPostgresTests extends WebhookDeliveryContract {
}

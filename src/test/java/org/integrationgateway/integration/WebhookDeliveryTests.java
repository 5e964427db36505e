package org.integrationgateway.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class WebhookDeliveryTests extends WebhookDeliveryContract {
}

package org.integrationgateway.acceptance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(AcceptanceFlowContract.RecordSaves.class)
class AcceptanceFlowTests extends AcceptanceFlowContract {
}

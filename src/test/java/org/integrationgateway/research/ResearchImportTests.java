package org.integrationgateway.research;

import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import({TestUsers.class, PortfolioFixtures.class, ChangeControlFixtures.class, ResearchImportContract.Listeners.class})
class ResearchImportTests extends ResearchImportContract {
}

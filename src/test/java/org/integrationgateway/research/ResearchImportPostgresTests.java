package org.integrationgateway.research;

import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The CSV import (all or nothing, progress, limits, permissions) on a real PostgreSQL 15. */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
@Import({TestUsers.class, PortfolioFixtures.class, ChangeControlFixtures.class, ResearchImportContract.Listeners.class})
class ResearchImportPostgresTests extends ResearchImportContract {
}

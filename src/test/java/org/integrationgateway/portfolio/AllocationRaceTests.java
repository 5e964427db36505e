package org.integrationgateway.portfolio;

import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class AllocationRaceTests {

    @Autowired ProjectMatrix matrix;
    @Autowired PortfolioFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void concurrentAssignmentsOfOnePersonNeverExceedAHundredPercentOnH2() throws Exception {
        AllocationRace.run(matrix, fixtures, jdbc, 5);
    }
}

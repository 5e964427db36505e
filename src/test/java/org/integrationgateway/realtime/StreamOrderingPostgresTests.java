package org.integrationgateway.realtime;

import org.integrationgateway.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The stream's ordering under concurrent transactions of random length, on a real PostgreSQL 15. */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
class StreamOrderingPostgresTests extends StreamOrderingContract {
}

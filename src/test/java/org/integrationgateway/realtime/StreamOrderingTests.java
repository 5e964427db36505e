package org.integrationgateway.realtime;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The stream's ordering under concurrent transactions of random length, on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class StreamOrderingTests extends StreamOrderingContract {
}

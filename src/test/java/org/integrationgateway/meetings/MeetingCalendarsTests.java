package org.integrationgateway.meetings;

import org.integrationgateway.identity.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Calendars (download, feed, e-mailed invitations) on H2. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class MeetingCalendarsTests extends MeetingCalendarsContract {
}

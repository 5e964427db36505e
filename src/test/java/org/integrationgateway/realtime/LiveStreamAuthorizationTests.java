package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Per-event authorization on live streams: a customer contact following a project's topics receives only the
 * customer events of its own organisation, never an internal event, another organisation's event or another
 * person's; staff do not receive other people's or administrators' events; a disabled account's stream ends.
 */
class LiveStreamAuthorizationTests extends LiveStreamServer {

    @Autowired StreamAccess access;

    @Test
    void aCustomerContactReceivesOnlyItsOwnOrganisationsCustomerEvents() throws Exception {
        long acme = newProject();
        long globex = acme + 1;
        long project = newProject();
        String topic = Topics.project(project);
        Person acmeContact = customer(acme);
        Person lena = staff();
        Person priya = staff();
        try (LiveStreamClient contact = open(acmeContact, topic + ",decisions", null);
             LiveStreamClient staffStream = open(lena, topic, null)) {
            contact.nextEvent(WAIT);
            staffStream.nextEvent(WAIT);

            UUID internal = append(StreamAppend.internal("test.internal", project, Set.of(topic, Topics.DECISIONS),
                    Map.of("secret", "margin")));
            UUID forAcme = append(customerEvent(acme, project, topic));
            UUID forGlobex = append(customerEvent(globex, project, topic));
            UUID forPriya = append(new StreamAppend("test.personal", StreamAudience.PERSON, null, priya.personId(),
                    project, Set.of(topic, Topics.person(priya.personId())), Map.of("to", "priya")));
            UUID forAdmins = append(new StreamAppend("test.admin", StreamAudience.ADMINISTRATORS, null, null, project,
                    Set.of(topic), Map.of("to", "admins")));
            UUID lastForAcme = append(customerEvent(acme, project, topic));

            List<Long> toContact = contact.dataEvents(2, WAIT).stream().map(LiveStreamClient.Item::position).toList();
            assertThat(toContact).containsExactly(positionOf(forAcme), positionOf(lastForAcme));
            List<Long> toStaff = staffStream.dataEvents(4, WAIT).stream().map(LiveStreamClient.Item::position).toList();
            assertThat(toStaff).containsExactly(positionOf(internal), positionOf(forAcme), positionOf(forGlobex),
                    positionOf(lastForAcme));
            assertThat(contact.drain(Duration.ofMillis(700))).noneMatch(LiveStreamClient.Item::isData);
            assertThat(staffStream.drain(Duration.ofMillis(300))).noneMatch(LiveStreamClient.Item::isData);
            assertThat(List.of(positionOf(forPriya), positionOf(forAdmins))).doesNotContainAnyElementsOf(toContact)
                    .doesNotContainAnyElementsOf(toStaff);
        }
    }

    @Test
    void aResumingCustomerContactIsFilteredInTheReplayToo() throws Exception {
        long acme = newProject();
        long project = newProject();
        String topic = Topics.project(project);
        Person acmeContact = customer(acme);
        long before = stream.latestPosition();
        append(StreamAppend.internal("test.internal", project, Set.of(topic), Map.of("secret", "margin")));
        UUID forAcme = append(customerEvent(acme, project, topic));
        append(customerEvent(acme + 1, project, topic));
        positionOf(forAcme);
        try (LiveStreamClient contact = open(acmeContact, topic, Long.toString(before))) {
            assertThat(contact.nextEvent(WAIT).name()).isEqualTo("connected");
            assertThat(contact.dataEvents(1, WAIT).get(0).position()).isEqualTo(positionOf(forAcme));
            assertThat(contact.drain(Duration.ofMillis(700))).noneMatch(LiveStreamClient.Item::isData);
        }
    }

    @Test
    void aDisabledAccountsStreamStopsWithinSecondsAndCannotReconnect() throws Exception {
        long acme = newProject();
        long project = newProject();
        String topic = Topics.project(project);
        Person acmeContact = customer(acme);
        try (LiveStreamClient contact = open(acmeContact, topic, null)) {
            contact.nextEvent(WAIT);
            UUID before = append(customerEvent(acme, project, topic));
            assertThat(contact.dataEvents(1, WAIT).get(0).position()).isEqualTo(positionOf(before));

            jdbc.update("update user_account set enabled = false where id = ?", acmeContact.user().accountId());
            // the rights are re-read at most StreamAccess.FRESHNESS after the last read
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> access.viewer(acmeContact.user().accountId()).map(Viewer::enabled).orElse(false), enabled -> !enabled);
            UUID after = append(customerEvent(acme, project, topic));
            long afterPosition = positionOf(after);
            List<LiveStreamClient.Item> rest = contact.drain(Duration.ofSeconds(4));
            assertThat(rest).noneMatch(item -> item.isData() && item.position() >= afterPosition);
            assertThat(rest).last().matches(LiveStreamClient.Item::end, "the end of the stream");
        }
        try (LiveStreamClient again = open(acmeContact, topic, null)) {
            assertThat(again.status()).isEqualTo(401);
        }
    }

    private static StreamAppend customerEvent(long organisation, long project, String topic) {
        return new StreamAppend("test.customer", StreamAudience.CUSTOMER, organisation, null, project, Set.of(topic),
                Map.of("for", organisation));
    }
}

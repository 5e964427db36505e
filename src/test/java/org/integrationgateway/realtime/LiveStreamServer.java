package org.integrationgateway.realtime;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.integrationgateway.identity.ApiTokenManagement;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application on a random port for live stream tests over real HTTP (one shared context): people with personal
 * API tokens, events appended in committed transactions, and a project topic of each test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.stream.keep-alive=1s", "gateway.stream.poll-interval=500ms"})
@ActiveProfiles("test")
@Import({TestUsers.class, PortfolioFixtures.class})
abstract class LiveStreamServer {

    static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired PortfolioFixtures portfolio;
    @Autowired ApiTokenManagement tokens;
    @Autowired EventStream stream;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    /** A signed-in person: account, token, and (for staff) a person record. */
    record Person(CurrentUser user, String token, Long personId) {
    }

    Person staff() {
        CurrentUser user = users.create(Role.STAFF);
        long person = portfolio.person("Stream Staff", portfolio.department("ENGINEERING"), user.accountId());
        return new Person(user, tokens.create(user.accountId(), "stream", null).secret(), person);
    }

    Person customer(long organisation) {
        CurrentUser user = users.create(organisation, Role.CUSTOMER_CONTACT);
        return new Person(user, tokens.create(user.accountId(), "stream", null).secret(), null);
    }

    static long newProject() {
        return 1_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    LiveStreamClient open(Person person, String topics, String lastEventId) {
        return LiveStreamClient.open(port, person == null ? null : person.token(), "topics=" + topics, lastEventId);
    }

    /** Appends internal events about the project, each in a transaction of its own; their ids in order. */
    List<UUID> appendInternal(long project, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(append(StreamAppend.internal("test.event", project, Set.of(Topics.project(project)),
                    Map.of("n", i))));
        }
        return ids;
    }

    UUID append(StreamAppend event) {
        return transactions.execute(status -> stream.append(event));
    }

    /** Waits until the event is positioned and returns its position. */
    long positionOf(UUID id) {
        return await().atMost(WAIT).until(() -> stream.find(id), java.util.Optional::isPresent).get().position();
    }

    /** Positions of the events carrying the topic, above the given one, in order. */
    List<Long> positionsAfter(String topic, long after) {
        return jdbc.queryForList("select position from stream_event where topics like ? and position > ? order by position",
                Long.class, "% " + topic + " %", after);
    }
}

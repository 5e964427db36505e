package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.integrationgateway.IntegrationGatewayApplication;
import org.integrationgateway.identity.ApiTokenManagement;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.shared.ClusterLock;
import org.integrationgateway.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes in one JVM on one PostgreSQL database: events committed on either node reach subscribers on
 * both (LISTEN/NOTIFY wake-up, the table as the truth), a subscriber that moves to the other node resumes with no
 * gap and no duplicate while both nodes keep writing, the cluster lease goes to one node at a time, and a node that
 * shuts down ends its streams at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static String token;

    @BeforeAll
    static void startTwoNodes() {
        String database = PostgresDatabase.newDatabase();
        nodeA = node("node-a", database);
        nodeB = node("node-b", database);
        CurrentUser staff = new TestUsers(nodeA.getBean(JdbcTemplate.class), nodeA.getBean(PasswordEncoder.class))
                .create(Role.STAFF);
        token = nodeA.getBean(ApiTokenManagement.class).create(staff.accountId(), "two nodes", null).secret();
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext node(String name, String database) {
        return new SpringApplicationBuilder(IntegrationGatewayApplication.class).profiles("test").run(
                "--server.port=0", "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--gateway.demo.enabled=false",
                "--gateway.stream.node-id=" + name, "--gateway.stream.poll-interval=5s",
                "--spring.lifecycle.timeout-per-shutdown-phase=20s");
    }

    @Test
    @Order(1)
    void eventsCommittedOnOneNodeReachSubscribersOnTheOtherInOrder() throws Exception {
        long project = LiveStreamServer.newProject();
        String topic = Topics.project(project);
        try (LiveStreamClient onB = open(nodeB, topic, null)) {
            long start = onB.nextEvent(WAIT).position();
            ExecutorService writers = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < 3; w++) {
                    done.add(writers.submit(() -> append(nodeA, project, 15)));
                }
                for (Future<?> future : done) {
                    future.get(1, TimeUnit.MINUTES);
                }
            } finally {
                writers.shutdownNow();
            }
            // poll-interval is 5 s: delivery well within it shows the NOTIFY wake-up across nodes did the work
            long began = System.nanoTime();
            List<Long> received = onB.dataEvents(45, WAIT).stream().map(LiveStreamClient.Item::position).toList();
            assertThat(received).isEqualTo(positionsAfter(topic, start)).hasSize(45);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    @Order(2)
    void aSubscriberMovingToTheOtherNodeResumesWithoutGapOrDuplicateWhileBothNodesWrite() throws Exception {
        long project = LiveStreamServer.newProject();
        String topic = Topics.project(project);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Long> received = new ArrayList<>();
        long start;
        try (LiveStreamClient onB = open(nodeB, topic, null)) {
            start = onB.nextEvent(WAIT).position();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                writers.submit(() -> {
                    while (writing.get()) {
                        append(node, project, 1);
                        written.incrementAndGet();
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(5)));
                    }
                    return null;
                });
            }
            onB.dataEvents(20, WAIT).forEach(item -> received.add(item.position()));
        }
        try (LiveStreamClient onA = open(nodeA, topic, Long.toString(received.get(received.size() - 1)))) {
            assertThat(onA.nextEvent(WAIT).name()).isEqualTo("connected");
            onA.dataEvents(20, WAIT).forEach(item -> received.add(item.position()));
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            int total = jdbc(nodeA).queryForObject("select count(*) from stream_event where topics like ?",
                    Integer.class, "% " + topic + " %");
            while (received.size() < total) {
                received.add(onA.dataEvents(1, WAIT).get(0).position());
            }
        } finally {
            writing.set(false);
            writers.shutdownNow();
        }
        assertThat(received).isEqualTo(positionsAfter(topic, start)).doesNotHaveDuplicates();
        assertThat(received.size()).isEqualTo(written.get());
    }

    @Test
    @Order(3)
    void theClusterLeaseGoesToOneNodeAtATime() throws Exception {
        List<ClusterLock> locks = List.of(nodeA.getBean(ClusterLock.class), nodeB.getBean(ClusterLock.class),
                nodeA.getBean(ClusterLock.class), nodeB.getBean(ClusterLock.class));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(locks.size());
        ExecutorService pool = Executors.newFixedThreadPool(locks.size());
        try {
            List<Future<?>> racing = locks.stream().<Future<?>>map(lock -> pool.submit(() -> {
                for (int round = 0; round < 30; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    lock.runExclusively("two-node-race", Duration.ofSeconds(30), () -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(3));
                        inside.decrementAndGet();
                        ran.incrementAndGet();
                    });
                }
                return null;
            })).toList();
            for (Future<?> future : racing) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(ran.get()).isGreaterThanOrEqualTo(30);
    }

    @Test
    @Order(4)
    void aNodeThatShutsDownEndsItsStreamsAtOnceAndTheOtherNodeCarriesOn() throws Exception {
        long project = LiveStreamServer.newProject();
        String topic = Topics.project(project);
        try (LiveStreamClient onB = open(nodeB, topic, null); LiveStreamClient onA = open(nodeA, topic, null)) {
            onB.nextEvent(WAIT);
            long start = onA.nextEvent(WAIT).position();
            long began = System.nanoTime();
            Thread closing = new Thread(nodeB::close, "close-node-b");
            closing.start();
            List<LiveStreamClient.Item> rest = onB.drain(Duration.ofSeconds(10));
            assertThat(rest).isNotEmpty().last().matches(LiveStreamClient.Item::end, "the end of the stream");
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
            closing.join(Duration.ofSeconds(30).toMillis());
            assertThat(closing.isAlive()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("graceful shutdown not held up by streams")
                    .isLessThan(Duration.ofSeconds(15));
            nodeB = null;

            append(nodeA, project, 3);
            assertThat(onA.dataEvents(3, WAIT)).extracting(LiveStreamClient.Item::position)
                    .isEqualTo(positionsAfter(topic, start));
        }
    }

    private static LiveStreamClient open(ConfigurableApplicationContext node, String topic, String lastEventId) {
        int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
        return LiveStreamClient.open(port, token, "topics=" + topic, lastEventId);
    }

    private static Void append(ConfigurableApplicationContext node, long project, int count) {
        EventStream stream = node.getBean(EventStream.class);
        TransactionTemplate transactions = node.getBean(TransactionTemplate.class);
        for (int i = 0; i < count; i++) {
            int n = i;
            transactions.executeWithoutResult(status -> stream.append(StreamAppend.internal("test.two-nodes", project,
                    Set.of(Topics.project(project)), Map.of("n", n, "node", node.getEnvironment()
                            .getProperty("gateway.stream.node-id")))));
        }
        return null;
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class);
    }

    private static List<Long> positionsAfter(String topic, long after) {
        return jdbc(nodeA).queryForList("select position from stream_event where topics like ? and position > ?"
                + " order by position", Long.class, "% " + topic + " %", after);
    }
}

package org.integrationgateway.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.integrationgateway.IntegrationGatewayApplication;
import org.integrationgateway.integration.WebhookDetails;
import org.integrationgateway.integration.Webhooks;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.realtime.EventStream;
import org.integrationgateway.realtime.StreamAppend;
import org.integrationgateway.realtime.Topics;
import org.integrationgateway.support.PostgresTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 item 2: scheduled work runs exactly once across two application nodes on one PostgreSQL database. Node A
 * is this test's context, node B a second application on the same database; both run every background worker with
 * short intervals and the same SMTP server (GreenMail) and webhook receiver. Each piece of due work is awaited until
 * done, then a second piece of the same kind is awaited as the barrier (by then both nodes have run passes after
 * the first was done), and the first must have happened exactly once. A lease left by a node that died is taken over
 * once it expires, and work goes on when node B stops.
 */
@SpringBootTest(properties = {
        ScheduledWorkAcrossNodesTests.MAIL_INTERVAL, ScheduledWorkAcrossNodesTests.WEBHOOK_POLL,
        ScheduledWorkAcrossNodesTests.PRIVATE_TARGETS, ScheduledWorkAcrossNodesTests.STREAM_POLL,
        ScheduledWorkAcrossNodesTests.RETENTION_CHECK})
@ActiveProfiles("test")
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduledWorkAcrossNodesTests {

    static final String MAIL_INTERVAL = "gateway.mail.interval=200ms";
    static final String WEBHOOK_POLL = "gateway.webhooks.poll-interval=100ms";
    static final String PRIVATE_TARGETS = "gateway.webhooks.allow-private-targets=true";
    static final String STREAM_POLL = "gateway.stream.poll-interval=100ms";
    static final String RETENTION_CHECK = "gateway.stream.retention-check=300ms";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static ConfigurableApplicationContext nodeB;
    private static HttpServer receiver;
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;
    @Autowired PortfolioFixtures portfolio;
    @Autowired Webhooks webhooks;
    @Autowired EventStream stream;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void startNodeBAndTheReceiver() throws IOException {
        if (receiver == null) {
            receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            receiver.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    body.readAllBytes();
                }
                RECEIVED.add(exchange.getRequestHeaders().getFirst("webhook-id"));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            receiver.start();
        }
        if (nodeB == null) {
            nodeB = new SpringApplicationBuilder(IntegrationGatewayApplication.class).profiles("test").run(
                    "--server.port=0", "--server.address=127.0.0.1",
                    "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                    "--gateway.demo.enabled=false", "--gateway.stream.node-id=scheduled-node-b",
                    "--" + MAIL_INTERVAL, "--" + WEBHOOK_POLL, "--" + PRIVATE_TARGETS, "--" + STREAM_POLL,
                    "--" + RETENTION_CHECK, "--spring.lifecycle.timeout-per-shutdown-phase=5s");
        }
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
        if (receiver != null) {
            receiver.stop(0);
            receiver = null;
        }
    }

    @Test
    void aDueDigestIsEmailedOnceThoughBothNodesRunTheMailPass() {
        String first = personWithDueDigest();
        await().atMost(PATIENCE).until(() -> mailsTo(first) >= 1);

        String barrier = personWithDueDigest();
        await().atMost(PATIENCE).until(() -> mailsTo(barrier) >= 1);

        assertThat(mailsTo(first)).as("digests e-mailed to the first person").isEqualTo(1);
        assertThat(mailsTo(barrier)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification n join person p on p.id = n.person_id"
                + " where p.email = ? and n.email_state = 'SENT'", Integer.class, first)).isEqualTo(1);
    }

    @Test
    void eachWebhookMessageIsDeliveredOnceThoughBothNodesRunTheWorker() {
        String type = "cluster.once-" + UUID.randomUUID().toString().substring(0, 8);
        webhooks.create(new WebhookDetails("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "two nodes", List.of(type), true));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(append(type, i));
        }
        await().atMost(PATIENCE).until(() -> RECEIVED.containsAll(sent));

        String barrier = append(type, 99);
        await().atMost(PATIENCE).until(() -> RECEIVED.contains(barrier));

        for (String id : sent) {
            assertThat(RECEIVED.stream().filter(id::equals).count()).as("deliveries of message %s", id).isEqualTo(1);
        }
    }

    @Test
    void streamRetentionDeletesOldEventsOnceOnOneNode() {
        String old = append("cluster.old", 1);
        await().atMost(PATIENCE).until(() -> position(old) != null);
        long positioned = position(old);
        jdbc.update("update stream_event set occurred_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(400))), UUID.fromString(old));

        await().atMost(PATIENCE).until(() -> stream.purgedThrough() >= positioned);
        assertThat(jdbc.queryForObject("select count(*) from stream_event where id = ?", Integer.class,
                UUID.fromString(old))).isZero();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aLeaseLeftByANodeThatDiedIsTakenOverWhenItExpiresAndWorkGoesOnWhenNodeBStops() throws MessagingException {
        Instant[] expires = new Instant[1];
        await().atMost(PATIENCE).until(() -> {
            expires[0] = Instant.now().plusSeconds(3);
            return takeMailLeaseAsANodeThatDies(expires[0]);
        });
        String waiting = personWithDueDigest();
        await().atMost(PATIENCE).until(() -> mailsTo(waiting) >= 1);
        assertThat(receivedAt(waiting)).as("sent only once the dead node's lease had expired")
                .isAfterOrEqualTo(expires[0].minusSeconds(1));

        nodeB.close();
        nodeB = null;
        String afterStop = personWithDueDigest();
        await().atMost(PATIENCE).until(() -> mailsTo(afterStop) >= 1);
        assertThat(mailsTo(waiting)).isEqualTo(1);
        assertThat(mailsTo(afterStop)).isEqualTo(1);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    /** Takes the mail lease the way a node does, when no pass holds it, for a node that then dies (never releases). */
    private boolean takeMailLeaseAsANodeThatDies(Instant until) {
        int taken = jdbc.update("update cluster_lock set owner = 'node-that-died', locked_until = ?"
                + " where name = 'inbox-mail' and (owner is null or locked_until < ?)", Timestamp.from(until),
                Timestamp.from(Instant.now()));
        return taken == 1;
    }

    /** A person, not online, with an unread notification not yet e-mailed whose daily (default) digest is due. */
    private String personWithDueDigest() {
        long person = portfolio.person("Digest Reader", portfolio.department("ENGINEERING"));
        jdbc.update("""
                insert into notification (person_id, kind, title, link, project_id, source, trigger_id, urgent,
                                          email_state, created_at)
                values (?, 'MENTIONED', 'Mentioned on CR-7', '/changes/7', null, 'change-request:7', ?, false,
                        'DIGEST', ?)""", person, "cluster-" + UUID.randomUUID(),
                Timestamp.from(Instant.now().minus(Duration.ofDays(2))));
        return jdbc.queryForObject("select email from person where id = ?", String.class, person);
    }

    private static long mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> to(message).contains(address)).count();
    }

    private static Instant receivedAt(String address) throws MessagingException {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (to(message).contains(address)) {
                return message.getSentDate().toInstant();
            }
        }
        throw new AssertionError("no e-mail to " + address);
    }

    private static List<String> to(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> ((InternetAddress) address).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String append(String type, int n) {
        return transactions.execute(status -> stream.append(StreamAppend.internal(type, null,
                Set.of(Topics.DECISIONS), Map.of("n", n)))).toString();
    }

    private Long position(String id) {
        return jdbc.query("select position from stream_event where id = ?",
                rows -> rows.next() ? (Long) rows.getObject(1, Long.class) : null, UUID.fromString(id));
    }
}

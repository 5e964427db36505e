package org.integrationgateway.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of the database that metrics and the health page show, each read with one cheap query (grouped
 * counts and minimums on indexed or small tables). Nothing here writes.
 */
@Component
class OperationalFigures {

    /** A node counts as online while one of its live streams was refreshed within this window. */
    static final Duration PRESENCE_WINDOW = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OperationalFigures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many change requests are in each state (states without any are absent). */
    Map<String, Long> changeRequestsByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select state, count(*) as n from change_request group by state order by state",
                row -> {
                    counts.put(row.getString("state"), row.getLong("n"));
                });
        return counts;
    }

    /** Event publications whose listener has not completed, and when the oldest of them was published. */
    Backlog eventPublications() {
        return jdbc.queryForObject(
                "select count(*) as n, min(publication_date) as oldest from event_publication where completion_date is null",
                (row, n) -> new Backlog(row.getLong("n"), instant(row.getTimestamp("oldest"))));
    }

    /** Stream events committed but not yet given a position by the sequencer, and the oldest of them. */
    Backlog unsequencedStreamEvents() {
        return jdbc.queryForObject(
                "select count(*) as n, min(occurred_at) as oldest from stream_event where position is null",
                (row, n) -> new Backlog(row.getLong("n"), instant(row.getTimestamp("oldest"))));
    }

    /**
     * Enabled webhook endpoints with how far each is behind the stream's last position, how many attempts failed
     * in a row, and when the oldest event it has not acknowledged occurred.
     */
    List<WebhookBacklog> webhookEndpoints() {
        return jdbc.query("""
                select e.id, e.url, c.consecutive_failures as failures,
                       s.last_position - c.position as behind,
                       (select min(se.occurred_at) from stream_event se
                         where se.position > c.position and se.position <= s.last_position) as oldest
                from webhook_endpoint e
                join webhook_cursor c on c.endpoint_id = e.id
                cross join stream_sequencer s
                where e.enabled = true
                order by e.id""",
                (row, n) -> new WebhookBacklog(row.getLong("id"), row.getString("url"), row.getInt("failures"),
                        Math.max(0, row.getLong("behind")), row.getLong("behind") > 0 ? instant(row.getTimestamp("oldest")) : null));
    }

    /** Endpoints disabled after too many failures in a row. */
    long webhookEndpointsDisabledByFailures() {
        Long n = jdbc.queryForObject(
                "select count(*) from webhook_endpoint where enabled = false and disabled_reason is not null", Long.class);
        return n == null ? 0 : n;
    }

    /** Notifications that e-mail still owes: urgent ones waiting for the mail worker, and those waiting for a digest. */
    MailQueue mailQueue() {
        return jdbc.queryForObject("""
                select sum(case when email_state = 'IMMEDIATE' then 1 else 0 end) as urgent,
                       sum(case when email_state = 'DIGEST' then 1 else 0 end) as digest,
                       min(case when email_state = 'IMMEDIATE' then created_at end) as oldest
                from notification where email_state in ('IMMEDIATE', 'DIGEST')""",
                (row, n) -> new MailQueue(row.getLong("urgent"), row.getLong("digest"),
                        instant(row.getTimestamp("oldest"))));
    }

    /** Nodes with a live stream refreshed within {@link #PRESENCE_WINDOW}, and how many people each serves. */
    Map<String, Long> nodesOnline() {
        Map<String, Long> nodes = new LinkedHashMap<>();
        jdbc.query("select node_id, count(*) as n from stream_presence where seen_at > ? group by node_id order by node_id",
                row -> {
                    nodes.put(row.getString("node_id"), row.getLong("n"));
                }, Timestamp.from(Instant.now(clock).minus(PRESENCE_WINDOW)));
        return nodes;
    }

    /** The time a trivial query takes, which fails when the database is unreachable. */
    Duration ping() {
        long started = System.nanoTime();
        jdbc.queryForObject("select 1", Integer.class);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A count of waiting things and when the oldest of them started waiting (null when none waits). */
    record Backlog(long count, Instant oldest) {
    }

    /** One enabled webhook endpoint's delivery state. */
    record WebhookBacklog(long endpointId, String url, int consecutiveFailures, long eventsBehind, Instant oldestUndelivered) {
    }

    /** Notifications waiting for e-mail. */
    record MailQueue(long urgent, long digest, Instant oldestUrgent) {
    }
}

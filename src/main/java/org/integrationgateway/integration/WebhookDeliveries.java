package org.integrationgateway.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delivery side of webhooks in plain SQL: each endpoint's cursor and failure count, the stored message bodies,
 * the attempt log and the queue of manual redeliveries.
 */
@Component
class WebhookDeliveries {

    record Cursor(long position, int consecutiveFailures, Instant nextAttemptAt) {
    }

    record Message(UUID eventId, long position, String type, String body) {
    }

    record Redelivery(long id, long endpointId, UUID eventId) {
    }

    private final JdbcTemplate jdbc;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void startCursor(long endpointId, long position, Instant now) {
        jdbc.update("insert into webhook_cursor (endpoint_id, position, consecutive_failures, next_attempt_at)"
                + " values (?, ?, 0, ?)", endpointId, position, Timestamp.from(now));
    }

    Cursor cursor(long endpointId) {
        return jdbc.query("select position, consecutive_failures, next_attempt_at from webhook_cursor where endpoint_id = ?",
                (row, n) -> new Cursor(row.getLong(1), row.getInt(2), row.getTimestamp(3).toInstant()), endpointId)
                .stream().findFirst().orElse(new Cursor(0, 0, Instant.EPOCH));
    }

    /** The receiver acknowledged the event at {@code position}: move past it and clear the failures. */
    void acknowledge(long endpointId, long position, Instant now) {
        jdbc.update("update webhook_cursor set position = ?, consecutive_failures = 0, next_attempt_at = ?"
                + " where endpoint_id = ?", position, Timestamp.from(now), endpointId);
    }

    /** Moves past events the endpoint does not receive. */
    void skipTo(long endpointId, long position) {
        jdbc.update("update webhook_cursor set position = ? where endpoint_id = ? and position < ?", position, endpointId,
                position);
    }

    void failed(long endpointId, int consecutiveFailures, Instant nextAttemptAt) {
        jdbc.update("update webhook_cursor set consecutive_failures = ?, next_attempt_at = ? where endpoint_id = ?",
                consecutiveFailures, Timestamp.from(nextAttemptAt), endpointId);
    }

    void resetFailures(long endpointId, Instant now) {
        jdbc.update("update webhook_cursor set consecutive_failures = 0, next_attempt_at = ? where endpoint_id = ?",
                Timestamp.from(now), endpointId);
    }

    /** True when an enabled endpoint is behind the stream and due, or a redelivery waits. */
    boolean hasDueWork(Instant now, long latestPosition) {
        Integer due = jdbc.queryForObject("""
                select count(*) from webhook_cursor c join webhook_endpoint e on e.id = c.endpoint_id
                where e.enabled = true and c.position < ? and c.next_attempt_at <= ?""",
                Integer.class, latestPosition, Timestamp.from(now));
        if (due != null && due > 0) {
            return true;
        }
        Integer queued = jdbc.queryForObject("select count(*) from webhook_redelivery", Integer.class);
        return queued != null && queued > 0;
    }

    Optional<Message> message(UUID eventId) {
        return jdbc.query("select event_id, position, type, body from webhook_message where event_id = ?",
                (row, n) -> new Message(row.getObject(1, UUID.class), row.getLong(2), row.getString(3),
                        row.getString(4)), eventId).stream().findFirst();
    }

    /** The stored message of the event, or {@code fresh} stored now (the first writer wins). */
    Message storeMessage(Message fresh) {
        Optional<Message> stored = message(fresh.eventId());
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            jdbc.update("insert into webhook_message (event_id, position, type, body) values (?, ?, ?, ?)",
                    fresh.eventId(), fresh.position(), fresh.type(), fresh.body());
            return fresh;
        } catch (DuplicateKeyException raced) {
            return message(fresh.eventId()).orElseThrow();
        }
    }

    int automaticAttempts(long endpointId, UUID eventId) {
        Integer count = jdbc.queryForObject("select count(*) from webhook_attempt where endpoint_id = ? and event_id = ?"
                + " and manual = false", Integer.class, endpointId, eventId);
        return count == null ? 0 : count;
    }

    int manualAttempts(long endpointId, UUID eventId) {
        Integer count = jdbc.queryForObject("select count(*) from webhook_attempt where endpoint_id = ? and event_id = ?"
                + " and manual = true", Integer.class, endpointId, eventId);
        return count == null ? 0 : count;
    }

    void recordAttempt(long endpointId, Message message, int attempt, boolean manual, WebhookSender.Outcome outcome,
                       Instant at) {
        jdbc.update("""
                insert into webhook_attempt (endpoint_id, event_id, event_type, position, attempt, manual, status_code,
                                             error, response_excerpt, duration_ms, attempted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                endpointId, message.eventId(), message.type(), message.position(), attempt, manual,
                outcome.statusCode(), outcome.error(), outcome.responseExcerpt(), outcome.durationMs(),
                Timestamp.from(at));
    }

    /** An endpoint's attempts, newest first. */
    Page<WebhookAttemptView> attempts(long endpointId, Pageable pageable) {
        List<WebhookAttemptView> content = jdbc.query("""
                select * from webhook_attempt where endpoint_id = ? order by id desc
                offset ? rows fetch next ? rows only""", WebhookDeliveries::attempt, endpointId, pageable.getOffset(),
                pageable.getPageSize());
        Long total = jdbc.queryForObject("select count(*) from webhook_attempt where endpoint_id = ?", Long.class,
                endpointId);
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    Optional<WebhookAttemptView> lastAttempt(long endpointId) {
        return jdbc.query("select * from webhook_attempt where endpoint_id = ? order by id desc fetch first 1 rows only",
                WebhookDeliveries::attempt, endpointId).stream().findFirst();
    }

    void queueRedelivery(long endpointId, UUID eventId, String requestedBy, Instant now) {
        jdbc.update("insert into webhook_redelivery (endpoint_id, event_id, requested_by, requested_at) values (?, ?, ?, ?)",
                endpointId, eventId, requestedBy, Timestamp.from(now));
    }

    List<Redelivery> queuedRedeliveries(int limit) {
        return jdbc.query("select id, endpoint_id, event_id from webhook_redelivery order by id fetch first ? rows only",
                (row, n) -> new Redelivery(row.getLong(1), row.getLong(2), row.getObject(3, UUID.class)), limit);
    }

    void removeRedelivery(long id) {
        jdbc.update("delete from webhook_redelivery where id = ?", id);
    }

    private static WebhookAttemptView attempt(ResultSet row, int n) throws SQLException {
        int status = row.getInt("status_code");
        Integer statusCode = row.wasNull() ? null : status;
        return new WebhookAttemptView(row.getLong("id"), row.getObject("event_id", UUID.class), row.getString("event_type"),
                row.getLong("position"), row.getInt("attempt"), row.getBoolean("manual"), statusCode,
                row.getString("error"), row.getString("response_excerpt"), row.getLong("duration_ms"),
                row.getTimestamp("attempted_at").toInstant());
    }
}

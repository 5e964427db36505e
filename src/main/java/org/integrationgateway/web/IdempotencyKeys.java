package org.integrationgateway.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored answers of API writes sent with an {@code Idempotency-Key}, per account. */
@Repository
class IdempotencyKeys {

    /** How long a key is remembered; a repeat after that is applied as a new request. */
    static final Duration KEPT = Duration.ofHours(24);
    /** The largest answer body stored for a replay, in characters (the column's size). */
    static final int MAX_STORED_BODY = 1_000_000;

    record StoredAnswer(String requestHash, int status, String contentType, String location, String body) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAnswer> find(long accountId, String key, Instant now) {
        List<StoredAnswer> found = jdbc.query("select request_hash, response_status, content_type, location, "
                        + "response_body from idempotency_key where account_id = ? and idempotency_key = ? "
                        + "and created_at > ?",
                (row, n) -> new StoredAnswer(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getString(5)),
                accountId, key, Timestamp.from(now.minus(KEPT)));
        return found.stream().findFirst();
    }

    /**
     * Stores the answer in the caller's transaction, first dropping this account's expired keys (an expired key may
     * be used again). A concurrent request that stored the same key first makes this fail with a duplicate key.
     */
    void store(long accountId, String key, String requestHash, Instant now, int status, String contentType,
               String location, String body) {
        jdbc.update("delete from idempotency_key where account_id = ? and created_at <= ?", accountId,
                Timestamp.from(now.minus(KEPT)));
        jdbc.update("insert into idempotency_key (account_id, idempotency_key, request_hash, created_at, "
                        + "response_status, content_type, location, response_body) values (?, ?, ?, ?, ?, ?, ?, ?)",
                accountId, key, requestHash, Timestamp.from(now), status, contentType, location,
                body != null && body.length() <= MAX_STORED_BODY ? body : null);
    }
}

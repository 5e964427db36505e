package org.integrationgateway.realtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable event stream. {@link #append} writes an event without a position inside the caller's transaction
 * (it commits or rolls back with the business change); the {@link Sequencer} positions committed events later.
 * Readers only ever see positioned events, in position order, so {@code readAfter(cursor)} never misses one.
 */
@Service
public class EventStream {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final JdbcTemplate jdbc;
    private final StreamSignals signals;
    private final Clock clock;

    EventStream(JdbcTemplate jdbc, StreamSignals signals, Clock clock) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.clock = clock;
    }

    /**
     * Appends an event in the current transaction and returns its id; the sequencer is woken after the commit.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(StreamAppend event) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into stream_event (id, type, audience, organisation_id, person_id, project_id, topics, payload,
                                          occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, event.type(), event.audience().name(), event.organisationId(), event.personId(),
                event.projectId(), encodeTopics(event.topics()), JSON.writeValueAsString(event.payload()),
                Timestamp.from(Instant.now(clock)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signals.appended();
                }
            });
        }
        return id;
    }

    /** Up to {@code limit} positioned events after {@code position}, in position order. */
    @Transactional(readOnly = true)
    public List<StreamEntry> readAfter(long position, int limit) {
        return jdbc.query("""
                select id, position, type, audience, organisation_id, person_id, project_id, topics, payload, occurred_at
                from stream_event where position > ? order by position fetch first ? rows only""",
                EventStream::entry, position, limit);
    }

    /** The positioned event with this id, if it is still retained. */
    @Transactional(readOnly = true)
    public java.util.Optional<StreamEntry> find(UUID id) {
        return jdbc.query("""
                select id, position, type, audience, organisation_id, person_id, project_id, topics, payload, occurred_at
                from stream_event where id = ? and position is not null""", EventStream::entry, id).stream().findFirst();
    }

    /** The highest position given so far (0 for an empty stream). */
    @Transactional(readOnly = true)
    public long latestPosition() {
        Long last = jdbc.queryForObject("select last_position from stream_sequencer where id = 1", Long.class);
        return last == null ? 0 : last;
    }

    /**
     * Events at or below this position have been purged by retention: a reader whose cursor is below it has missed
     * events and must resynchronise.
     */
    @Transactional(readOnly = true)
    public long purgedThrough() {
        Long purged = jdbc.queryForObject("select purged_through from stream_sequencer where id = 1", Long.class);
        return purged == null ? 0 : purged;
    }

    /**
     * Deletes positioned events that occurred before {@code cutoff} and moves the purge mark to the highest
     * position deleted; returns how many were deleted. Readers whose cursor is below the mark get a resync.
     */
    @Transactional
    public int purgeOccurredBefore(Instant cutoff) {
        jdbc.queryForObject("select last_position from stream_sequencer where id = 1 for update", Long.class);
        Long highest = jdbc.queryForObject(
                "select max(position) from stream_event where position is not null and occurred_at < ?", Long.class,
                Timestamp.from(cutoff));
        if (highest == null) {
            return 0;
        }
        int deleted = jdbc.update("delete from stream_event where position <= ?", highest);
        jdbc.update("update stream_sequencer set purged_through = greatest(purged_through, ?) where id = 1", highest);
        return deleted;
    }

    static String encodeTopics(Set<String> topics) {
        return " " + String.join(" ", topics) + " ";
    }

    static Set<String> decodeTopics(String topics) {
        Set<String> decoded = new LinkedHashSet<>();
        Arrays.stream(topics.trim().split(" ")).filter(t -> !t.isEmpty()).forEach(decoded::add);
        return decoded;
    }

    static StreamEntry entry(ResultSet row, int rowNum) throws SQLException {
        return new StreamEntry(row.getObject("id", UUID.class), row.getLong("position"), row.getString("type"),
                StreamAudience.valueOf(row.getString("audience")), nullableLong(row, "organisation_id"),
                nullableLong(row, "person_id"), nullableLong(row, "project_id"), decodeTopics(row.getString("topics")),
                row.getString("payload"), row.getTimestamp("occurred_at").toInstant());
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}

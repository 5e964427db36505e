package org.integrationgateway.realtime;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is online, across nodes: each node records the people with an open live stream on it when they connect and
 * on every keep-alive. A person counts as online while a record is younger than twice the keep-alive interval;
 * e-mail goes only to people who are not online.
 */
@Component
public class Presence {

    private final JdbcTemplate jdbc;
    private final StreamSettings settings;
    private final Clock clock;

    Presence(JdbcTemplate jdbc, StreamSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** True while the person has an open live stream on any node. */
    @Transactional(readOnly = true)
    public boolean isOnline(long personId) {
        Instant since = Instant.now(clock).minus(settings.keepAlive().multipliedBy(2));
        Integer count = jdbc.queryForObject(
                "select count(*) from stream_presence where person_id = ? and seen_at > ?", Integer.class,
                personId, Timestamp.from(since));
        return count != null && count > 0;
    }

    @Transactional
    void seen(long personId) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.update("update stream_presence set seen_at = ? where node_id = ? and person_id = ?",
                now, settings.nodeId(), personId);
        if (updated == 0) {
            jdbc.update("insert into stream_presence (node_id, person_id, seen_at) values (?, ?, ?)",
                    settings.nodeId(), personId, now);
        }
    }

    /** Replaces this node's records with the people connected now. */
    @Transactional
    void refresh(Set<Long> connected) {
        jdbc.update("delete from stream_presence where node_id = ?", settings.nodeId());
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate("insert into stream_presence (node_id, person_id, seen_at) values (?, ?, ?)",
                connected.stream().map(person -> new Object[] {settings.nodeId(), person, now}).toList());
    }

    @Transactional
    void leave() {
        jdbc.update("delete from stream_presence where node_id = ?", settings.nodeId());
    }

}

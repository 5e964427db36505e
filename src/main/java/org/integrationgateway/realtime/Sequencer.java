package org.integrationgateway.realtime;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed, unpositioned events their positions. One pass is one short transaction that first locks the
 * single {@code stream_sequencer} row, so passes on all nodes are serialised: positions are handed out in one
 * increasing order and become visible only when their pass commits, after every lower position. An event whose
 * business transaction has not committed yet is invisible to the pass and is positioned by a later one, above
 * everything already visible: this is what makes {@code position > cursor} safe for readers.
 * On PostgreSQL the pass sends {@code NOTIFY gateway_stream}, delivered to every node when the pass commits.
 */
@Component
class Sequencer {

    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
    static final String CHANNEL = "gateway_stream";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final StreamSignals signals;
    private final StreamSettings settings;
    private final boolean postgres;

    Sequencer(JdbcTemplate jdbc, TransactionTemplate transactions, StreamSignals signals, StreamSettings settings,
              DataSource dataSource) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.signals = signals;
        this.settings = settings;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** Positions one batch of committed events; returns how many were positioned. */
    int sequenceOnce() {
        Integer positioned = transactions.execute(status -> {
            Long last = jdbc.queryForObject("select last_position from stream_sequencer where id = 1 for update",
                    Long.class);
            // A new statement after the lock: under READ COMMITTED it sees every pass committed before ours.
            List<java.util.UUID> ids = jdbc.queryForList(
                    "select id from stream_event where position is null order by append_seq fetch first ? rows only",
                    java.util.UUID.class, settings.batchSize());
            if (ids.isEmpty()) {
                return 0;
            }
            long next = last == null ? 0 : last;
            List<Object[]> updates = new java.util.ArrayList<>(ids.size());
            for (java.util.UUID id : ids) {
                updates.add(new Object[] {++next, id});
            }
            jdbc.batchUpdate("update stream_event set position = ? where id = ? and position is null", updates);
            jdbc.update("update stream_sequencer set last_position = ? where id = 1", next);
            if (postgres) {
                jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, String.valueOf(next));
            }
            return ids.size();
        });
        int count = positioned == null ? 0 : positioned;
        if (count > 0) {
            signals.positioned();
        }
        return count;
    }

    /** Positions until nothing committed is left unpositioned. */
    void sequenceAll() {
        try {
            while (sequenceOnce() >= settings.batchSize()) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            log.warn("Sequencing the event stream failed; retrying on the next wake-up: {}", e.toString());
        }
    }
}

package org.integrationgateway.realtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, holds one connection that {@code LISTEN}s on the stream's channel and wakes this node's tail when
 * any node's sequencer positions events. A broken connection is reopened with back-off; meanwhile the tail's
 * polling keeps delivering (slower), so a lost notification delays an event but never loses it.
 * On other databases (embedded H2, one node) it does nothing: the in-process signal suffices.
 */
@Component
class PostgresWakeUp {

    private static final Logger log = LoggerFactory.getLogger(PostgresWakeUp.class);

    private final DataSource dataSource;
    private final StreamSignals signals;
    private final StreamSettings settings;
    private final boolean postgres;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    PostgresWakeUp(DataSource dataSource, StreamSignals signals, StreamSettings settings) {
        this.dataSource = dataSource;
        this.signals = signals;
        this.settings = settings;
        this.postgres = Databases.isPostgres(dataSource);
    }

    void start() {
        if (!postgres) {
            return;
        }
        running = true;
        thread = StreamWorkers.daemon("stream-listen", this::listenLoop);
        thread.start();
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        closeQuietly();
    }

    private void listenLoop() {
        long backOffMillis = 200;
        while (running) {
            try {
                Connection listening = dataSource.getConnection();
                connection = listening;
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + Sequencer.CHANNEL);
                }
                // Events positioned while we were not listening are found by this wake-up.
                signals.positioned();
                backOffMillis = 200;
                PGConnection pg = listening.unwrap(PGConnection.class);
                int timeout = (int) Math.max(1, settings.pollInterval().toMillis());
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(timeout);
                    if (notifications != null && notifications.length > 0) {
                        signals.positioned();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Listening for stream notifications failed; reconnecting in {} ms: {}", backOffMillis,
                        e.toString());
                closeQuietly();
                try {
                    Thread.sleep(backOffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backOffMillis = Math.min(backOffMillis * 2, 10_000);
            }
        }
        closeQuietly();
    }

    private void closeQuietly() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection failed: {}", e.toString());
            }
        }
    }
}

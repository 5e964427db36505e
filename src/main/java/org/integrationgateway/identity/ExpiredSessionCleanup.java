package org.integrationgateway.identity;

import java.time.Duration;
import org.integrationgateway.shared.ClusterLock;
import org.integrationgateway.shared.PeriodicTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired HTTP sessions from the session tables every {@code gateway.security.session.cleanup-interval}
 * (default 1 minute), on one node at a time ({@link ClusterLock}). Spring Session's own clean-up, which every node
 * would run on its cron, is switched off ({@code spring.session.jdbc.cleanup-cron: "-"}).
 */
@Component
class ExpiredSessionCleanup implements SmartLifecycle {

    static final String LOCK = "session-cleanup";

    private final JdbcIndexedSessionRepository sessions;
    private final ClusterLock lock;
    private final PeriodicTask task;

    ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions, ClusterLock lock,
                          @Value("${gateway.security.session.cleanup-interval:1m}") Duration every) {
        this.sessions = sessions;
        this.lock = lock;
        this.task = new PeriodicTask("session-cleanup", every, this::run);
    }

    /** One pass; true when it ran here (false: another node holds the lease). */
    boolean run() {
        return lock.runExclusively(LOCK, Duration.ofMinutes(5), sessions::cleanUpExpiredSessions);
    }

    @Override
    public void start() {
        task.start();
    }

    @Override
    public void stop() {
        task.stop();
    }

    @Override
    public boolean isRunning() {
        return task.isRunning();
    }
}

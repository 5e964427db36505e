package org.integrationgateway.meetings;

import java.time.Duration;
import org.integrationgateway.shared.ClusterLock;
import org.integrationgateway.shared.PeriodicTask;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reminds project managers of status reports due, every {@code gateway.meetings.status-reports.reminder-check}
 * (default 1 hour), on one node at a time ({@link ClusterLock}); the rule and the once-per-period guarantee are
 * {@link StatusReporting#remindDue}'s.
 */
@Component
class StatusReportReminder implements SmartLifecycle {

    static final String LOCK = "meetings-status-report-reminder";

    private final StatusReporting reporting;
    private final ClusterLock lock;
    private final PeriodicTask task;

    StatusReportReminder(StatusReporting reporting, ClusterLock lock, StatusReportSettings settings) {
        this.reporting = reporting;
        this.lock = lock;
        this.task = new PeriodicTask("meetings-status-report-reminder", settings.reminderCheck(), this::run);
    }

    /** Sends the reminders due now; returns how many (0 when another node holds the lease). */
    int run() {
        int[] sent = {0};
        lock.runExclusively(LOCK, Duration.ofMinutes(10), () -> sent[0] = reporting.remindDue());
        return sent[0];
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

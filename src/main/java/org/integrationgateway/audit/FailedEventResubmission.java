package org.integrationgateway.audit;

import java.time.Duration;
import org.integrationgateway.shared.ClusterLock;
import org.integrationgateway.shared.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Delivers again, while the application runs, the domain events whose {@code @ApplicationModuleListener} failed (a
 * lost race, the database briefly away), instead of only at the next start: every
 * {@code gateway.events.resubmit-failed-every} (default 30 s), on one node at a time ({@link ClusterLock}), the
 * publications marked FAILED for at least that long are resubmitted, up to {@value #MAX_ATTEMPTS} attempts each
 * (after that they wait for a restart or an operator, and are logged). Publications still being processed are never
 * touched, so no listener runs twice at once. Listeners are written to be repeatable.
 */
@Component
class FailedEventResubmission implements SmartLifecycle {

    static final String LOCK = "event-resubmission";
    static final int MAX_ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(FailedEventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final ClusterLock lock;
    private final Duration every;
    private final PeriodicTask task;

    FailedEventResubmission(IncompleteEventPublications incomplete, ClusterLock lock,
                            @Value("${gateway.events.resubmit-failed-every:30s}") Duration every) {
        this.incomplete = incomplete;
        this.lock = lock;
        this.every = every;
        this.task = new PeriodicTask("event-resubmission", every, this::run);
    }

    /** One pass: resubmits the failed publications that are due. */
    void run() {
        run(every);
    }

    /** One pass over the publications published at least {@code minAge} ago. */
    void run(Duration minAge) {
        lock.runExclusively(LOCK, Duration.ofMinutes(5), () -> incomplete.resubmitIncompletePublications(
                ResubmissionOptions.defaults().withMinAge(minAge).withFilter(FailedEventResubmission::due)));
    }

    static boolean due(EventPublication publication) {
        if (publication.getStatus() != EventPublication.Status.FAILED) {
            return false;
        }
        if (publication.getCompletionAttempts() >= MAX_ATTEMPTS) {
            log.warn("Event {} ({}) failed {} times; it is delivered again at the next start",
                    publication.getIdentifier(), publication.getEvent().getClass().getSimpleName(),
                    publication.getCompletionAttempts());
            return false;
        }
        return true;
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

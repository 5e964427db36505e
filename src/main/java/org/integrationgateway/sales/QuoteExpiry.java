package org.integrationgateway.sales;

import java.time.Duration;
import org.integrationgateway.shared.ClusterLock;
import org.integrationgateway.shared.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Expires quotes past their date that are still being built, every {@code gateway.sales.expiry-check} (default 10
 * minutes), on one node at a time ({@link ClusterLock}); each quote in a transaction of its own, so one failure does
 * not hold up the others. Pending customisations have their change requests withdrawn.
 */
@Component
class QuoteExpiry implements SmartLifecycle {

    static final String LOCK = "sales-quote-expiry";
    private static final Logger log = LoggerFactory.getLogger(QuoteExpiry.class);

    private final QuoteDesk desk;
    private final ClusterLock lock;
    private final PeriodicTask task;

    QuoteExpiry(QuoteDesk desk, ClusterLock lock, SalesSettings settings) {
        this.desk = desk;
        this.lock = lock;
        this.task = new PeriodicTask("sales-quote-expiry", settings.expiryCheck(), this::run);
    }

    /** Expires what is due; returns how many quotes expired (0 when another node holds the lease). */
    int run() {
        int[] expired = {0};
        lock.runExclusively(LOCK, Duration.ofMinutes(5), () -> {
            for (Long id : desk.quotesToExpire()) {
                try {
                    if (desk.expire(id)) {
                        expired[0]++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Quote {} not expired; retried at the next check: {}", id, e.toString());
                }
            }
        });
        return expired[0];
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

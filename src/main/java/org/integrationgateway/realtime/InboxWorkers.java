package org.integrationgateway.realtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The inbox's background work on this node. The mail thread runs a pass as soon as the commit of an urgent
 * notification wakes it ({@link StreamSignals#urgentNotified}) and otherwise every {@code gateway.mail.interval}
 * (the safety net: digests fall due, a wake-up is lost with a node that died). When another node holds the
 * mail lease at a wake-up, the pass it runs may have read the notifications before the commit, so this node tries
 * again every {@link #RETRY} until it gets the lease. The overdue check runs every
 * {@code gateway.inbox.overdue-check}. Both take a cluster lease, so each runs on one node at a time.
 */
@Component
class InboxWorkers implements SmartLifecycle {

    /** How soon a woken pass is tried again when another node held the mail lease. */
    static final Duration RETRY = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

    private final MailDelivery mail;
    private final InboxOverdueCheck overdue;
    private final MailSettings mailSettings;
    private final InboxSettings inboxSettings;
    private final StreamSignals signals;
    private final Clock clock;
    private volatile boolean running;
    private volatile ScheduledExecutorService executor;
    private volatile Thread mailThread;

    InboxWorkers(MailDelivery mail, InboxOverdueCheck overdue, MailSettings mailSettings, InboxSettings inboxSettings,
                 StreamSignals signals, Clock clock) {
        this.mail = mail;
        this.overdue = overdue;
        this.mailSettings = mailSettings;
        this.inboxSettings = inboxSettings;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> StreamWorkers.daemon("inbox-worker", runnable));
        long overdueEvery = inboxSettings.overdueCheck().toMillis();
        executor.scheduleWithFixedDelay(() -> guarded("overdue check", overdue::run), overdueEvery, overdueEvery,
                TimeUnit.MILLISECONDS);
        mailThread = StreamWorkers.daemon("inbox-mail", this::mailLoop);
        mailThread.start();
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService scheduled = executor;
        executor = null;
        if (scheduled != null) {
            scheduled.shutdownNow();
        }
        // Woken, not interrupted: an interrupt inside JDBC or SMTP could break a pooled connection.
        signals.urgentNotified();
        Thread thread = mailThread;
        mailThread = null;
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void mailLoop() {
        boolean owed = false;
        while (running) {
            try {
                boolean woken = signals.awaitUrgentNotified(owed ? RETRY : mailSettings.interval());
                if (!running) {
                    return;
                }
                owed |= woken;
                MailDelivery.Pass pass = mail.pass(Instant.now(clock));
                log.debug("Inbox mail pass (woken: {}): {}", woken, pass);
                if (pass.ran()) {
                    owed = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                owed = false; // e.g. the database is down: back to the interval instead of retrying every second
                log.warn("Inbox mail failed; retrying at the next interval: {}", e.toString());
            }
        }
    }

    private static void guarded(String name, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Inbox {} failed; retrying at the next interval: {}", name, e.toString());
        }
    }
}

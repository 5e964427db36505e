package org.integrationgateway.realtime;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The inbox's scheduled work on this node: the mail pass every {@code gateway.mail.interval} and the overdue check
 * every {@code gateway.inbox.overdue-check}. Both take a cluster lease, so each runs on one node at a time.
 */
@Component
class InboxWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

    private final MailDelivery mail;
    private final InboxOverdueCheck overdue;
    private final MailSettings mailSettings;
    private final InboxSettings inboxSettings;
    private volatile ScheduledExecutorService executor;

    InboxWorkers(MailDelivery mail, InboxOverdueCheck overdue, MailSettings mailSettings, InboxSettings inboxSettings) {
        this.mail = mail;
        this.overdue = overdue;
        this.mailSettings = mailSettings;
        this.inboxSettings = inboxSettings;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> StreamWorkers.daemon("inbox-worker", runnable));
        long mailEvery = mailSettings.interval().toMillis();
        long overdueEvery = inboxSettings.overdueCheck().toMillis();
        executor.scheduleWithFixedDelay(() -> guarded("mail", mail::deliver), mailEvery, mailEvery, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> guarded("overdue check", overdue::run), overdueEvery, overdueEvery,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private static void guarded(String name, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Inbox {} failed; retrying at the next interval: {}", name, e.toString());
        }
    }
}

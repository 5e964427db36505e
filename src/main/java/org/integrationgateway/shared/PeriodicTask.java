package org.integrationgateway.shared;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code task} every {@code every} (first after one interval) on a daemon thread of its own named
 * {@code name}, from {@link #start} until {@link #stop}; a pass that throws is logged and the next one runs as
 * planned. For background work behind a {@code SmartLifecycle}; work that must run on one node at a time wraps its
 * task in {@link ClusterLock#runExclusively}.
 */
public final class PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration every;
    private final Runnable task;
    private volatile ScheduledExecutorService executor;

    public PeriodicTask(String name, Duration every, Runnable task) {
        this.name = name;
        this.every = every;
        this.task = task;
    }

    public void start() {
        long millis = every.toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; it runs again in {}: {}", name, every, e.toString());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        ScheduledExecutorService scheduled = executor;
        executor = null;
        if (scheduled != null) {
            scheduled.shutdownNow();
        }
    }

    public boolean isRunning() {
        return executor != null;
    }
}

package org.integrationgateway.realtime;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The stream's background work on this node: the sequencer loop (woken after a commit that appended events, or by
 * polling), the tail (woken by positioned events here or, through {@link PostgresWakeUp}, on any node) that hands
 * events to live subscribers and tail listeners, and the keep-alive that also refreshes presence. Started after
 * the web server is ready to take streams and stopped before it shuts down.
 */
@Component
class StreamWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamWorkers.class);

    private final Sequencer sequencer;
    private final EventStream stream;
    private final StreamSignals signals;
    private final LiveSubscriptions subscriptions;
    private final Presence presence;
    private final StreamSettings settings;
    private final ObjectProvider<StreamTailListener> listeners;
    private final PostgresWakeUp wakeUp;
    private final org.integrationgateway.shared.ClusterLock clusterLock;
    private volatile boolean running;
    private volatile long tailPosition;
    private Thread sequencerThread;
    private Thread tailThread;
    private ScheduledExecutorService keepAlive;

    StreamWorkers(Sequencer sequencer, EventStream stream, StreamSignals signals, LiveSubscriptions subscriptions,
                  Presence presence, StreamSettings settings, ObjectProvider<StreamTailListener> listeners,
                  PostgresWakeUp wakeUp, org.integrationgateway.shared.ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.sequencer = sequencer;
        this.stream = stream;
        this.signals = signals;
        this.subscriptions = subscriptions;
        this.presence = presence;
        this.settings = settings;
        this.listeners = listeners;
        this.wakeUp = wakeUp;
    }

    @Override
    public void start() {
        running = true;
        // Before the web server takes streams (see getPhase): a stream replays up to at least this position, so
        // the tail, which hands over everything after it, leaves no gap for any stream.
        tailPosition = stream.latestPosition();
        subscriptions.open();
        sequencerThread = daemon("stream-sequencer", this::sequenceLoop);
        sequencerThread.start();
        tailThread = daemon("stream-tail", this::tailLoop);
        tailThread.start();
        keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> daemon("stream-keep-alive", runnable));
        long interval = settings.keepAlive().toMillis();
        keepAlive.scheduleWithFixedDelay(this::keepAlive, interval, interval, TimeUnit.MILLISECONDS);
        long retentionCheck = settings.retentionCheck().toMillis();
        keepAlive.scheduleWithFixedDelay(this::purge, Math.min(retentionCheck, 60_000), retentionCheck,
                TimeUnit.MILLISECONDS);
        wakeUp.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp.stop();
        keepAlive.shutdownNow();
        // Woken, not interrupted: an interrupt inside JDBC can break a pooled connection or an H2 file store.
        signals.appended();
        signals.positioned();
        subscriptions.closeAll();
        join(sequencerThread);
        join(tailThread);
        try {
            presence.leave();
        } catch (RuntimeException e) {
            log.debug("Could not clear this node's presence on shutdown: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Started before the web server starts taking requests (phase {@code DEFAULT_PHASE - 2048}), so the tail's
     * starting position is below the end of any stream's replay. Streams are completed earlier than this phase's
     * stop, when the context starts closing ({@link LiveSubscriptions#closeAll}), so they never hold the graceful
     * shutdown of the web server up.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private static void join(Thread thread) {
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last position this node's tail has handed out. */
    long tailPosition() {
        return tailPosition;
    }

    static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private void sequenceLoop() {
        while (running) {
            try {
                signals.awaitAppended(settings.pollInterval());
                sequencer.sequenceAll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Event sequencer pass failed: {}", e.toString());
            }
        }
    }

    private void tailLoop() {
        while (running) {
            try {
                signals.awaitPositioned(settings.pollInterval());
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Reading the event stream failed; retrying: {}", e.toString());
            }
        }
    }

    private void drain() {
        List<StreamEntry> batch;
        do {
            batch = stream.readAfter(tailPosition, settings.batchSize());
            if (batch.isEmpty()) {
                return;
            }
            subscriptions.dispatch(batch);
            for (StreamTailListener listener : listeners) {
                try {
                    listener.positioned(batch);
                } catch (RuntimeException e) {
                    log.warn("Stream listener {} failed: {}", listener.getClass().getSimpleName(), e.toString());
                }
            }
            tailPosition = batch.get(batch.size() - 1).position();
        } while (batch.size() == settings.batchSize() && running);
    }

    private void purge() {
        try {
            clusterLock.runExclusively("stream-retention", java.time.Duration.ofMinutes(30),
                    () -> stream.purgeOccurredBefore(java.time.Instant.now().minus(settings.retention())));
        } catch (RuntimeException e) {
            log.warn("Purging old stream events failed: {}", e.toString());
        }
    }

    private void keepAlive() {
        try {
            subscriptions.keepAlive();
            presence.refresh(subscriptions.connectedPeople());
        } catch (RuntimeException e) {
            log.warn("Stream keep-alive failed: {}", e.toString());
        }
    }
}

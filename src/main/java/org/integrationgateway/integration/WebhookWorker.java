package org.integrationgateway.integration;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.integrationgateway.integration.WebhookDeliveries.Message;
import org.integrationgateway.realtime.EventStream;
import org.integrationgateway.realtime.Inbox;
import org.integrationgateway.realtime.StreamAppend;
import org.integrationgateway.realtime.StreamAudience;
import org.integrationgateway.realtime.StreamEntry;
import org.integrationgateway.realtime.StreamTailListener;
import org.integrationgateway.realtime.Topics;
import org.integrationgateway.shared.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers webhooks. One pass at a time runs in the cluster (a {@link ClusterLock} lease); each pass first sends
 * the queued manual redeliveries, then serves every enabled, due endpoint from its cursor: events are read from
 * the stream in position order, those the endpoint does not receive are skipped, and each one it receives is sent
 * until a 2xx acknowledges it; a failure leaves the cursor on that event (the queue stays blocked, so order holds)
 * and schedules the next attempt after a capped exponential back-off. After {@code disableAfter} failures in a
 * row the endpoint is disabled and administrators are told through the stream. The worker wakes on every batch
 * of newly positioned events on this node and polls as the safety net.
 */
@Component
class WebhookWorker implements SmartLifecycle, StreamTailListener {

    static final String LOCK = "webhook-delivery";
    static final String DISABLED_EVENT = "webhook.endpoint-disabled";

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final EventStream stream;
    private final ClusterLock clusterLock;
    private final TransactionTemplate transactions;
    private final WebhookSettings settings;
    private final Clock clock;
    private final Inbox inbox;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter failedAttempts;
    private volatile boolean running;
    private Thread thread;
    private ExecutorService pool;

    WebhookWorker(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookSender sender, EventStream stream,
                  ClusterLock clusterLock, TransactionTemplate transactions, WebhookSettings settings, Clock clock,
                  Inbox inbox, MeterRegistry registry) {
        this.failedAttempts = Counter.builder("gateway.webhook.delivery.failures")
                .description("Automatic webhook delivery attempts of this node that were not acknowledged").register(registry);
        this.inbox = inbox;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.stream = stream;
        this.clusterLock = clusterLock;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void positioned(List<StreamEntry> entries) {
        wake();
    }

    /** Asks for a pass soon (new events, a queued redelivery, an endpoint enabled). */
    void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    @Override
    public void start() {
        if (!settings.workerEnabled()) {
            return;
        }
        running = true;
        pool = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
            Thread worker = new Thread(runnable, "webhook-endpoint");
            worker.setDaemon(true);
            return worker;
        });
        thread = new Thread(this::loop, "webhook-worker");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            pool.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    @SuppressFBWarnings(value = "RV_RETURN_VALUE_IGNORED",
            justification = "The semaphore only wakes the worker early: a permit and a timeout both mean poll now.")
    private void loop() {
        while (running) {
            try {
                wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                pass();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Webhook delivery pass failed; retrying: {}", e.toString());
                }
            }
        }
    }

    /** One pass, if there is work and this node gets the lease. */
    void pass() {
        if (!deliveries.hasDueWork(Instant.now(clock), stream.latestPosition())) {
            return;
        }
        clusterLock.runExclusively(LOCK, settings.lease(), this::deliverAll);
    }

    private void deliverAll() {
        Instant deadline = Instant.now(clock).plus(settings.lease().dividedBy(2));
        for (WebhookDeliveries.Redelivery redelivery : deliveries.queuedRedeliveries(settings.batchSize())) {
            redeliver(redelivery);
        }
        List<Future<?>> served = new ArrayList<>();
        for (WebhookEndpoint endpoint : endpoints.findEnabled()) {
            served.add(pool.submit(() -> serve(endpoint.getId(), deadline)));
        }
        for (Future<?> future : served) {
            try {
                future.get();
            } catch (ExecutionException e) {
                log.warn("Serving a webhook endpoint failed: {}", e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void redeliver(WebhookDeliveries.Redelivery redelivery) {
        try {
            Optional<WebhookEndpoint> endpoint = endpoints.findById(redelivery.endpointId());
            Optional<Message> message = deliveries.message(redelivery.eventId())
                    .or(() -> stream.find(redelivery.eventId()).map(WebhookMessages::of).map(deliveries::storeMessage));
            if (endpoint.isPresent() && message.isPresent()) {
                WebhookEndpoint target = endpoint.get();
                Instant now = Instant.now(clock);
                WebhookSender.Outcome outcome = sender.send(target.uri(), message.get().eventId().toString(),
                        message.get().body(), target.signingSecrets(now));
                deliveries.recordAttempt(target.getId(), message.get(),
                        deliveries.manualAttempts(target.getId(), redelivery.eventId()) + 1, true, outcome, now);
            }
        } finally {
            deliveries.removeRedelivery(redelivery.id());
        }
    }

    /** Serves one endpoint from its cursor until it is caught up, blocked by a failure, or the pass is over. */
    private void serve(long endpointId, Instant deadline) {
        WebhookDeliveries.Cursor cursor = deliveries.cursor(endpointId);
        if (cursor.nextAttemptAt().isAfter(Instant.now(clock))) {
            return;
        }
        long position = cursor.position();
        long purged = stream.purgedThrough();
        if (position < purged) {
            log.warn("Webhook endpoint {} was behind the retained stream; events up to position {} were purged before"
                    + " it received them", endpointId, purged);
            deliveries.skipTo(endpointId, purged);
            position = purged;
        }
        int failures = cursor.consecutiveFailures();
        while (running && Instant.now(clock).isBefore(deadline)) {
            List<StreamEntry> batch = stream.readAfter(position, settings.batchSize());
            if (batch.isEmpty()) {
                break;
            }
            for (StreamEntry entry : batch) {
                WebhookEndpoint endpoint = endpoints.findById(endpointId).orElse(null);
                if (endpoint == null || !endpoint.isEnabled()) {
                    deliveries.skipTo(endpointId, position);
                    return;
                }
                if (!receives(endpoint, entry)) {
                    position = entry.position();
                    continue;
                }
                deliveries.skipTo(endpointId, position);
                Message message = deliveries.storeMessage(WebhookMessages.of(entry));
                Instant now = Instant.now(clock);
                int attempt = deliveries.automaticAttempts(endpointId, entry.id()) + 1;
                WebhookSender.Outcome outcome = sender.send(endpoint.uri(), entry.id().toString(), message.body(),
                        endpoint.signingSecrets(now));
                deliveries.recordAttempt(endpointId, message, attempt, false, outcome, now);
                if (outcome.acknowledged()) {
                    deliveries.acknowledge(endpointId, entry.position(), Instant.now(clock));
                    position = entry.position();
                    failures = 0;
                    continue;
                }
                failures++;
                failedAttempts.increment();
                deliveries.failed(endpointId, failures, Instant.now(clock).plus(settings.retryDelay(failures)));
                log.info("Webhook to endpoint {} failed (attempt {} of event {}): {}", endpointId, attempt,
                        entry.id(), outcome.summary());
                if (failures >= settings.disableAfter()) {
                    disable(endpointId, failures, outcome.summary());
                }
                return;
            }
        }
        deliveries.skipTo(endpointId, position);
    }

    /** Only events staff, customers or administrators may see are candidates: never a person's inbox. */
    static boolean receives(WebhookEndpoint endpoint, StreamEntry entry) {
        return entry.audience() != StreamAudience.PERSON && endpoint.filter().matches(entry.type());
    }

    private void disable(long endpointId, int failures, String lastError) {
        transactions.executeWithoutResult(status -> endpoints.findById(endpointId).filter(WebhookEndpoint::isEnabled)
                .ifPresent(endpoint -> {
                    endpoint.disableAfterFailures(failures, lastError);
                    endpoints.save(endpoint);
                    stream.append(new StreamAppend(DISABLED_EVENT, StreamAudience.ADMINISTRATORS, null, null, null,
                            Set.of(Topics.ADMINISTRATION), Map.of("endpointId", endpointId, "url", endpoint.getUrl(),
                            "consecutiveFailures", failures, "lastError", lastError == null ? "" : lastError)));
                    inbox.notifyAdministrators("Webhook endpoint " + endpoint.getUrl() + " was disabled after "
                                    + failures + " failed deliveries in a row", "/admin/webhooks/" + endpointId,
                            "webhook-endpoint:" + endpointId, "disabled-" + endpoint.getVersion());
                    log.warn("Disabled webhook endpoint {} ({}) after {} failed deliveries in a row; last: {}",
                            endpointId, endpoint.getUrl(), failures, lastError);
                }));
    }
}

package org.integrationgateway.integration;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of webhook delivery ({@code gateway.webhooks.*}). {@code pollInterval}: how often the worker looks for
 * due work without a wake-up. {@code retryBase} and {@code retryCap}: the first retry delay, doubled per failed
 * attempt up to the cap. {@code disableAfter}: consecutive failed attempts after which an endpoint is disabled.
 * {@code rotationGrace}: how long the previous secret still signs after a rotation. {@code connectTimeout} and
 * {@code requestTimeout}: of each HTTP attempt. {@code allowPrivateTargets}: lets endpoints point at private,
 * loopback and link-local addresses (off by default). {@code lease}: the cluster lease a delivery pass holds.
 * {@code batchSize}: stream events read at a time. {@code concurrency}: endpoints served in parallel (each one
 * serially). {@code workerEnabled}: whether this node runs the worker at all.
 */
@ConfigurationProperties("gateway.webhooks")
public record WebhookSettings(Duration pollInterval, Duration retryBase, Duration retryCap, Integer disableAfter,
                              Duration rotationGrace, Duration connectTimeout, Duration requestTimeout,
                              Boolean allowPrivateTargets, Duration lease, Integer batchSize, Integer concurrency,
                              Boolean workerEnabled) {

    public WebhookSettings {
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        retryBase = retryBase == null ? Duration.ofSeconds(1) : retryBase;
        retryCap = retryCap == null ? Duration.ofMinutes(10) : retryCap;
        disableAfter = Objects.requireNonNullElse(disableAfter, 10);
        rotationGrace = rotationGrace == null ? Duration.ofHours(24) : rotationGrace;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        allowPrivateTargets = allowPrivateTargets != null && allowPrivateTargets;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        batchSize = Objects.requireNonNullElse(batchSize, 100);
        concurrency = Objects.requireNonNullElse(concurrency, 4);
        workerEnabled = workerEnabled == null || workerEnabled;
        if (disableAfter < 1 || batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("gateway.webhooks.disable-after, batch-size and concurrency must be at least 1");
        }
        if (retryCap.compareTo(retryBase) < 0) {
            throw new IllegalArgumentException("gateway.webhooks.retry-cap must not be below retry-base");
        }
    }

    /** The delay before the next attempt after {@code failures} consecutive failed attempts (1, 2, …). */
    public Duration retryDelay(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 40));
        long millis = retryBase.toMillis();
        for (int i = 0; i < doublings && millis < retryCap.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, retryCap.toMillis()));
    }
}

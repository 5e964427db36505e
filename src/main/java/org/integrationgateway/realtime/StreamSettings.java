package org.integrationgateway.realtime;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the event stream ({@code gateway.stream.*}). {@code pollInterval}: how often the sequencer and the
 * tail look for work when no wake-up arrives (the safety net). {@code keepAlive}: the comment sent on idle live
 * streams (at most 15 s, so proxies and phones keep them open). {@code retry}: the reconnect delay suggested to
 * clients. {@code retention}: how long events stay readable for resuming clients and webhooks; {@code retentionCheck}:
 * how often older ones are deleted (default 1 hour, on one node at a time). {@code nodeId}: this
 * node's name in presence and lock tables (random per process when unset).
 */
@ConfigurationProperties("gateway.stream")
public record StreamSettings(Duration pollInterval, Duration keepAlive, Duration retry, Duration retention,
                             Integer batchSize, String nodeId, Duration retentionCheck) {

    public StreamSettings {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        keepAlive = keepAlive == null ? Duration.ofSeconds(15) : keepAlive;
        retry = retry == null ? Duration.ofSeconds(3) : retry;
        retention = retention == null ? Duration.ofDays(30) : retention;
        retentionCheck = retentionCheck == null ? Duration.ofHours(1) : retentionCheck;
        batchSize = Objects.requireNonNullElse(batchSize, 500);
        nodeId = nodeId == null || nodeId.isBlank() ? "node-" + UUID.randomUUID().toString().substring(0, 8) : nodeId;
        if (keepAlive.compareTo(Duration.ofSeconds(15)) > 0) {
            throw new IllegalArgumentException("gateway.stream.keep-alive must be at most 15 s");
        }
    }
}

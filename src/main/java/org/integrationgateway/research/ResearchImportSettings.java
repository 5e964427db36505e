package org.integrationgateway.research;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code gateway.research.import.*}: the largest file accepted ({@code max-file-size}, default 10MB; keep
 * {@code spring.servlet.multipart.max-file-size} above it so the user gets this module's message), the most rows
 * ({@code max-rows}, default 50,000), how many bad rows a batch lists ({@code max-listed-errors}, default 1,000; all
 * are counted), how often progress is stored while rows are checked (every {@code progress-rows} rows or
 * {@code progress-interval}, defaults 500 and 250 ms, whichever comes first), and the background workers
 * ({@code workers}, default 2) and queued imports beyond them ({@code queue}, default 20).
 */
@ConfigurationProperties("gateway.research.import")
public record ResearchImportSettings(DataSize maxFileSize, Integer maxRows, Integer maxListedErrors,
                                     Integer progressRows, Duration progressInterval, Integer workers, Integer queue) {

    public ResearchImportSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxRows = Objects.requireNonNullElse(maxRows, 50_000);
        maxListedErrors = Objects.requireNonNullElse(maxListedErrors, 1_000);
        progressRows = Objects.requireNonNullElse(progressRows, 500);
        progressInterval = progressInterval == null ? Duration.ofMillis(250) : progressInterval;
        workers = Objects.requireNonNullElse(workers, 2);
        queue = Objects.requireNonNullElse(queue, 20);
        if (maxFileSize.toBytes() < 1 || maxRows < 1 || maxListedErrors < 1 || progressRows < 1 || workers < 1
                || queue < 0 || progressInterval.isNegative()) {
            throw new IllegalArgumentException("gateway.research.import: sizes, rows and workers are above 0");
        }
    }
}

package org.integrationgateway.dataset;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.dataset.*}: {@code generate} runs the generator and exits; {@code scale} 1.0 is 200 people,
 * 1 000 projects and 100 000 change requests (0.01 for tests); {@code seed} makes the data repeatable;
 * {@code anchor} is the day the data ends (default today, UTC), so that the same seed and anchor give the same
 * rows; {@code batchSize} is the number of rows per batch and per transaction.
 */
@ConfigurationProperties("gateway.dataset")
public record DatasetSettings(boolean generate, Double scale, Long seed, LocalDate anchor, Integer batchSize) {

    public DatasetSettings {
        scale = scale == null ? 1.0 : scale;
        seed = seed == null ? 42L : seed;
        batchSize = batchSize == null ? 5_000 : batchSize;
        if (scale <= 0 || scale > 100) {
            throw new IllegalArgumentException("gateway.dataset.scale must be above 0 and at most 100, not " + scale);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("gateway.dataset.batch-size must be positive");
        }
    }
}

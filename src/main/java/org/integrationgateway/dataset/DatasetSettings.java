package org.integrationgateway.dataset;

import java.time.LocalDate;
import java.util.Objects;
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
        scale = Objects.requireNonNullElse(scale, 1.0);
        seed = Objects.requireNonNullElse(seed, 42L);
        batchSize = Objects.requireNonNullElse(batchSize, 5_000);
        if (scale <= 0 || scale > 100) {
            throw new IllegalArgumentException("gateway.dataset.scale must be above 0 and at most 100, not " + scale);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("gateway.dataset.batch-size must be positive");
        }
    }
}

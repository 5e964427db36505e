package org.integrationgateway.stagegate;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** A period in which another module interrupted the project; open while {@code endedAt} is null. */
@Table("lifecycle_interruption")
public record Interruption(String source, String reference, String reason, Instant startedAt, Instant endedAt) {

    public boolean open() {
        return endedAt == null;
    }

    /** How long the interruption lasted, or has lasted until {@code now} while it is open. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }

    boolean is(String otherSource, String otherReference) {
        return source.equals(otherSource) && reference.equals(otherReference);
    }
}

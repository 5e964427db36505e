package org.integrationgateway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockConfigurationTests {

    private final Clock clock = new ClockConfiguration().clock();

    @Test
    void readsUtcInWholeMicrosecondsAsTheDatabasesStoreThem() {
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        for (int i = 0; i < 1_000; i++) {
            Instant now = clock.instant();
            assertThat(now.getNano() % 1_000).as("sub-microsecond part of %s", now).isZero();
        }
    }

    @Test
    void keepsTime() {
        Instant before = Instant.now().minusSeconds(1);
        Instant now = clock.instant();
        assertThat(now).isAfter(before).isBefore(Instant.now().plusSeconds(1));
    }
}

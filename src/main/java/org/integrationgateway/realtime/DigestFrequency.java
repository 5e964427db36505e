package org.integrationgateway.realtime;

import java.time.Duration;

/** How often a person gets at most one digest of their unread notifications. */
public enum DigestFrequency {
    HOURLY(Duration.ofHours(1)), DAILY(Duration.ofDays(1));

    private final Duration interval;

    DigestFrequency(Duration interval) {
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }
}

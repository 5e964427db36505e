package org.integrationgateway.realtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the inbox ({@code gateway.inbox.*}). {@code overdueCheck}: how often change requests past their
 * board's response target are looked for (once across the cluster), 5 minutes by default.
 */
@ConfigurationProperties("gateway.inbox")
public record InboxSettings(Duration overdueCheck) {

    public InboxSettings {
        overdueCheck = overdueCheck == null ? Duration.ofMinutes(5) : overdueCheck;
    }
}

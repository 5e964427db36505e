package org.integrationgateway.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session limits ({@code gateway.security.session.*}). {@code absoluteTimeout}: how long a signed-in session lasts
 * at most, counted from its sign-in, however active it is (default 12 hours); the idle timeout is Spring Session's
 * {@code spring.session.timeout}.
 */
@ConfigurationProperties("gateway.security.session")
public record SessionSettings(Duration absoluteTimeout) {

    public SessionSettings {
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
        if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("gateway.security.session.absolute-timeout must be positive");
        }
    }
}

package org.integrationgateway.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application (UTC), replaceable in tests. It ticks in whole microseconds, the precision both
 * databases store: an instant kept in memory equals the same instant read back. With the system clock's nanoseconds,
 * PostgreSQL and H2 round a stored instant, which could land after the one in memory (an account created at sign-in
 * then seemed to have changed its credentials after the session began, and the session ended at once).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    static final Duration PRECISION = Duration.ofNanos(1_000);

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), PRECISION);
    }
}

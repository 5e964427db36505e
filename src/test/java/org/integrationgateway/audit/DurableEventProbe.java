package org.integrationgateway.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Test-only consumer of {@link ProbeEvent}s through an {@link ApplicationModuleListener}, so that the durable
 * event publication registry has a listener to record publications for. It fails the first
 * {@code failuresBeforeSuccess} deliveries of an event, then accepts it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DurableEventProbe {

    /** An event for the probe only; {@code id} makes each test's publication unique. */
    public record ProbeEvent(String id, int failuresBeforeSuccess) {
    }

    @Bean
    ProbeListener probeListener() {
        return new ProbeListener();
    }

    public static class ProbeListener {

        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Map<String, Boolean> handled = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(ProbeEvent event) {
            int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            if (attempt <= event.failuresBeforeSuccess()) {
                throw new IllegalStateException("Probe failure " + attempt + " for " + event.id());
            }
            handled.put(event.id(), true);
        }

        public int attempts(String id) {
            AtomicInteger count = attempts.get(id);
            return count == null ? 0 : count.get();
        }

        public boolean handled(String id) {
            return handled.containsKey(id);
        }
    }
}

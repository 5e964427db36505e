package org.integrationgateway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A periodic task runs again after a pass that threw, and not at all once stopped. */
class PeriodicTaskTests {

    @Test
    void keepsRunningAfterAFailedPassAndStopsWhenStopped() {
        AtomicInteger passes = new AtomicInteger();
        PeriodicTask task = new PeriodicTask("test-periodic", Duration.ofMillis(20), () -> {
            if (passes.incrementAndGet() == 1) {
                throw new IllegalStateException("the first pass fails");
            }
        });
        assertThat(task.isRunning()).isFalse();
        task.start();
        assertThat(task.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> passes.get() >= 3);
        task.stop();
        assertThat(task.isRunning()).isFalse();
        int after = passes.get();
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> passes.get() <= after + 1);
    }
}

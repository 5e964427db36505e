package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.integrationgateway.shared.ClusterLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cluster lease: of nodes (lock instances) and of threads of one node racing for the same name, only one runs
 * the task at a time; an expired lease is taken over; a held one is not.
 */
@SpringBootTest
@ActiveProfiles("test")
class ClusterLockTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;
    @Autowired ClusterLock thisNode;

    @Test
    void nodesAndThreadsRacingForALeaseRunTheTaskOneAtATime() throws Exception {
        ClusterLock otherNode = newNode();
        String name = "race-" + UUID.randomUUID();
        List<ClusterLock> racers = List.of(thisNode, thisNode, otherNode, otherNode);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(racers.size());
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<?>> futures = racers.stream().<Future<?>>map(lock -> pool.submit(() -> {
                for (int round = 0; round < 40; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    lock.runExclusively(name, Duration.ofSeconds(30), () -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                        inside.decrementAndGet();
                        ran.incrementAndGet();
                    });
                }
                return null;
            })).toList();
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(ran.get()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aHeldLeaseIsRefusedToAnotherNodeUntilReleasedOrExpired() throws Exception {
        ClusterLock otherNode = newNode();
        String name = "lease-" + UUID.randomUUID();
        assertThat(thisNode.acquire(name, Duration.ofMinutes(5))).isTrue();
        assertThat(otherNode.acquire(name, Duration.ofMinutes(5))).isFalse();
        assertThat(otherNode.runExclusively(name, Duration.ofMinutes(5), () -> { })).isFalse();
        thisNode.release(name);
        assertThat(otherNode.acquire(name, Duration.ofMinutes(5))).isTrue();
        assertThat(thisNode.acquire(name, Duration.ofMinutes(5))).isFalse();

        jdbc.update("update cluster_lock set locked_until = ? where name = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)), name);
        assertThat(thisNode.acquire(name, Duration.ofMinutes(5))).as("expired").isTrue();
    }

    private ClusterLock newNode() throws Exception {
        Constructor<ClusterLock> constructor = ClusterLock.class.getDeclaredConstructor(JdbcTemplate.class,
                TransactionTemplate.class, Clock.class);
        constructor.setAccessible(true);
        return constructor.newInstance(jdbc, transactions, clock);
    }
}

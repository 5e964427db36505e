package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stream's ordering promise under concurrency: many writers append in transactions of random length (some roll
 * back) while the sequencer runs and a reader tails with {@code readAfter(cursor)} exactly as live streams and
 * webhooks do. The reader must see every committed event exactly once, in strictly increasing positions without
 * holes, and none of the rolled-back ones. A position handed out at insert time would fail this: a long transaction
 * commits its low position after the reader has moved past it. Runs on H2 and on PostgreSQL.
 */
abstract class StreamOrderingContract {

    private static final int WRITERS = 6;
    private static final int TRANSACTIONS_PER_WRITER = 30;
    private static final String TYPE = "test.ordering";

    @Autowired EventStream stream;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTailingReaderSeesEveryCommittedEventOnceInOrderDespiteConcurrentTransactionsOfRandomLength() throws Exception {
        String run = UUID.randomUUID().toString();
        long start = stream.latestPosition();
        Set<UUID> committed = ConcurrentHashMap.newKeySet();
        Set<UUID> rolledBack = ConcurrentHashMap.newKeySet();
        List<StreamEntry> seen = new CopyOnWriteArrayList<>();
        List<String> orderViolations = new CopyOnWriteArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<?> reader = pool.submit(() -> {
                long cursor = start;
                go.await();
                while (reading.get()) {
                    for (StreamEntry entry : stream.readAfter(cursor, 50)) {
                        if (entry.position() <= cursor) {
                            orderViolations.add(entry.position() + " after " + cursor);
                        }
                        cursor = entry.position();
                        seen.add(entry);
                    }
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    go.await();
                    for (int t = 0; t < TRANSACTIONS_PER_WRITER; t++) {
                        write(run, writer, t, committed, rolledBack);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> idsOf(seen, run).containsAll(committed));
            reading.set(false);
            reader.get(30, TimeUnit.SECONDS);
        } finally {
            reading.set(false);
            pool.shutdownNow();
        }

        assertThat(committed).hasSizeGreaterThan(WRITERS * TRANSACTIONS_PER_WRITER / 2);
        assertThat(rolledBack).isNotEmpty();
        assertThat(orderViolations).isEmpty();
        List<UUID> seenOfRun = seen.stream().filter(e -> e.payload().contains(run)).map(StreamEntry::id).toList();
        assertThat(seenOfRun).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seenOfRun)).isEqualTo(committed);
        assertThat(seenOfRun).doesNotContainAnyElementsOf(rolledBack);

        // No holes: the reader saw positions start+1, start+2, … and the table holds nothing it skipped.
        List<Long> positions = seen.stream().map(StreamEntry::position).toList();
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).as("position #" + i).isEqualTo(start + 1 + i);
        }
        List<Long> inTable = jdbc.queryForList("select position from stream_event where position > ? and position <= ?"
                + " order by position", Long.class, start, positions.get(positions.size() - 1));
        assertThat(inTable).isEqualTo(positions);
        assertThat(jdbc.queryForObject("select count(*) from stream_event where payload like ? and position is null",
                Integer.class, "%" + run + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from stream_event where payload like ?", Integer.class,
                "%" + run + "%")).isEqualTo(committed.size());
    }

    /** One transaction: 1–3 events, held open for a random time (a pause or some queries), one in five rolled back. */
    private void write(String run, int writer, int transaction, Set<UUID> committed, Set<UUID> rolledBack) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean rollBack = random.nextInt(5) == 0;
        List<UUID> appended = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            int events = 1 + random.nextInt(3);
            for (int i = 0; i < events; i++) {
                appended.add(stream.append(StreamAppend.internal(TYPE, 1L, Set.of(Topics.project(1)),
                        Map.of("run", run, "writer", writer, "transaction", transaction, "event", i))));
                if (random.nextBoolean()) {
                    LockSupport.parkNanos(random.nextLong(TimeUnit.MILLISECONDS.toNanos(25)));
                } else {
                    for (int q = random.nextInt(8); q > 0; q--) {
                        jdbc.queryForObject("select count(*) from stream_event where position is null", Integer.class);
                    }
                }
            }
            if (rollBack) {
                status.setRollbackOnly();
            }
        });
        (rollBack ? rolledBack : committed).addAll(appended);
    }

    private static Set<UUID> idsOf(List<StreamEntry> seen, String run) {
        Set<UUID> ids = new HashSet<>();
        for (StreamEntry entry : seen) {
            if (entry.payload().contains(run)) {
                ids.add(entry.id());
            }
        }
        return Collections.unmodifiableSet(ids);
    }
}

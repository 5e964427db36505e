package org.integrationgateway.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leases in the {@code cluster_lock} table for work that must run on one node at a time across the cluster
 * (digests, webhook delivery, reminders, clean-up). {@link #runExclusively} takes the named lease if it is free
 * or expired, runs the task and releases the lease; when another node holds it, the task is skipped. The lease
 * must outlast the task: a task that overruns its lease may run twice. Two threads of one node never run the same
 * named task at once either.
 */
@Component
public class ClusterLock {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String owner = "node-" + UUID.randomUUID();
    /** Names whose task runs on this node now: the lease is per node, so threads of one node are kept apart here. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    ClusterLock(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the task if this node gets the lease {@code name} for {@code lease}; true when it ran. */
    public boolean runExclusively(String name, Duration lease, Runnable task) {
        if (!running.add(name)) {
            return false;
        }
        try {
            if (!acquire(name, lease)) {
                return false;
            }
            try {
                task.run();
                return true;
            } finally {
                release(name);
            }
        } finally {
            running.remove(name);
        }
    }

    /** Takes the lease if free or expired (or already ours); true when this node now holds it. */
    public boolean acquire(String name, Duration lease) {
        Instant now = Instant.now(clock);
        Boolean acquired = transactions.execute(status -> {
            int taken = jdbc.update("""
                    update cluster_lock set owner = ?, locked_until = ?
                    where name = ? and (locked_until < ? or owner = ?)""",
                    owner, Timestamp.from(now.plus(lease)), name, Timestamp.from(now), owner);
            return taken == 1;
        });
        if (Boolean.TRUE.equals(acquired)) {
            return true;
        }
        try {
            transactions.executeWithoutResult(status -> jdbc.update(
                    "insert into cluster_lock (name, owner, locked_until) values (?, ?, ?)",
                    name, owner, Timestamp.from(now.plus(lease))));
            return true;
        } catch (DataIntegrityViolationException exists) {
            return false;
        }
    }

    /** Gives the lease up (only if this node holds it). */
    public void release(String name) {
        transactions.executeWithoutResult(status -> jdbc.update(
                "update cluster_lock set owner = null, locked_until = ? where name = ? and owner = ?",
                Timestamp.from(Instant.EPOCH), name, owner));
    }
}

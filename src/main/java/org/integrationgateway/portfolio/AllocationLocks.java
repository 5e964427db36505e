package org.integrationgateway.portfolio;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises allocation checks per person across threads and application nodes: the caller's transaction locks
 * the person's row in {@code allocation_lock} and holds it until it commits, so a second check for the same
 * person reads the first one's result. The row is created once, in a transaction of its own, so that a
 * creation race cannot abort the caller's transaction.
 */
@Component
class AllocationLocks {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    AllocationLocks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long personId) {
        Integer rows = jdbc.queryForObject("select count(*) from allocation_lock where person = ?", Integer.class, personId);
        if (rows == null || rows == 0) {
            createRow(personId);
        }
        jdbc.queryForObject("select person from allocation_lock where person = ? for update", Long.class, personId);
    }

    private void createRow(long personId) {
        try {
            separateTransaction.executeWithoutResult(status ->
                    jdbc.update("insert into allocation_lock (person) values (?)", personId));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // another transaction created the row first; locking it below is all that is needed
        }
    }
}

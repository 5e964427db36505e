package org.integrationgateway.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deletes the stored HTTP sessions of an account once the change that ended them has committed, so that every
 * application node stops honouring them. Until the deletion runs, the per-request account check already refuses
 * them (see {@link AccountStatusFilter}).
 */
@Component
class SessionTermination {

    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);
    private final FindByIndexNameSessionRepository<?> sessions;

    SessionTermination(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    void endSessionsAfterCommit(String principalName) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endSessions(principalName);
                }
            });
        } else {
            endSessions(principalName);
        }
    }

    void endSessions(String principalName) {
        var found = sessions.findByPrincipalName(principalName).keySet();
        found.forEach(sessions::deleteById);
        if (!found.isEmpty()) {
            log.info("Ended {} session(s) of account {}", found.size(), principalName);
        }
    }
}

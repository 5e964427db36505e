package org.integrationgateway.specs;

import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.stagegate.events.GateDecided;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A GO at a gate freezes the project's design baseline; other decisions freeze nothing. A repeated delivery of the
 * same decision freezes once ({@link Baselining#freezeAtGate} is idempotent per review). A freeze that loses a race
 * (an item edited, a manual freeze or a second delivery at the same moment) is retried a few times, each attempt in
 * a transaction of its own; if all fail the event publication stays incomplete and is delivered again later.
 */
@Component
class BaselineOnGo {

    static final int ATTEMPTS = 3;

    private final Baselining baselining;

    BaselineOnGo(Baselining baselining) {
        this.baselining = baselining;
    }

    @ApplicationModuleListener
    void on(GateDecided decided) {
        if (!"GO".equals(decided.decision())) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                baselining.freezeAtGate(decided.projectId(), decided.reviewId(), decided.gateName(), decided.decidedBy());
                return;
            } catch (ConflictException | ConcurrencyFailureException | DataIntegrityViolationException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}

package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a change request means to the module that caused it (a quote line, a finding, an order): its state, the
 * assessed impact (null fields until assessed), and the decision with its reason (the decider's comment), who made it
 * and when, and the keys of the spec items it affects. {@code dueAt} is when the board's decision is due under its response target (null before submission);
 * {@code deferredToGate} names the gate a deferred request waits for.
 */
public record ChangeAnswer(long changeRequestId, long projectId, ChangeState state, ChangeClass changeClass,
                           BigDecimal costDelta, String currency, Integer scheduleDeltaDays, String reason,
                           DecisionForum forum, String decidedBy, Instant decidedAt, Instant submittedAt,
                           Instant dueAt, String deferredToGate, Integer targetStage, String targetGateName,
                           List<String> affectedItemKeys) {

    /** Approved, and possibly carried out since. */
    public boolean approved() {
        return state == ChangeState.APPROVED || state == ChangeState.IMPLEMENTED || state == ChangeState.VERIFIED
                || state == ChangeState.CLOSED;
    }

    public boolean rejected() {
        return state == ChangeState.REJECTED;
    }

    public boolean withdrawn() {
        return state == ChangeState.WITHDRAWN;
    }

    public boolean deferred() {
        return state == ChangeState.DEFERRED;
    }
}

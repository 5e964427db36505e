package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a project's change log: the request with its assessment figures and decision, read in one query. */
public record ChangeLogEntry(long id, long projectId, String title, Origin origin, SourceKind sourceKind,
                             String sourceLabel, ChangeClass changeClass, Priority priority, ChangeState state,
                             Integer targetStage, String targetGateName, long requesterId, String requesterName,
                             Instant raisedAt, Instant submittedAt, BigDecimal costDelta, String currency,
                             Integer scheduleDeltaDays, Risk risk, BigDecimal revenueAtStake, String revenueCurrency,
                             VoteChoice decision, DecisionForum decisionForum, String decidedBy, Instant decidedAt,
                             long version) {

    public String key() {
        return "CR-" + id;
    }
}

package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a change costs: the cost delta in {@code currency} (negative for a saving), the schedule delta in days,
 * the risk with a note, and who assessed it when. The affected spec items and revenue at stake are kept on the
 * change request itself, since the requester names them first and the assessment confirms them.
 */
public record ImpactAssessment(BigDecimal costDelta, String currency, int scheduleDeltaDays, Risk risk,
                               String riskNote, Long assessedBy, String assessedByName, Instant assessedAt) {
}

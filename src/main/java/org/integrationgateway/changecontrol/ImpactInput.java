package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.util.List;

/**
 * An assessor's impact assessment: cost delta and currency, schedule delta in days, risk and note, the affected spec
 * items (replacing the requester's list) and, for sales-originated requests, the revenue at stake (null keeps it).
 */
public record ImpactInput(BigDecimal costDelta, String currency, Integer scheduleDeltaDays, Risk risk, String riskNote,
                          List<SpecItemRef> affectedItems, BigDecimal revenueAtStake, String revenueCurrency) {
}

package org.integrationgateway.sales;

import java.math.BigDecimal;

/** How many opportunities are in {@code stage} in {@code currency}, their total value and total weighted value. */
public record StageTotals(OpportunityStage stage, String currency, long count, BigDecimal total, BigDecimal weighted) {
}

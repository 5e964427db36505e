package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A quote as lists show it: its opportunity, project and customer with their names, the total of its active lines
 * (options plus feasible customisations' price deltas), how many lines are active and how many customisations still
 * wait for an answer, and the order it became.
 */
public record QuoteRow(long id, QuoteState state, long opportunityId, String opportunityTitle, long projectId,
                       String projectCode, String projectName, long customerId, String customerName, String currency,
                       BigDecimal total, int activeLines, int pendingCustomisations, LocalDate validUntil,
                       String createdBy, Instant createdAt, Long orderId, long version) {

    public String key() {
        return Quote.key(id);
    }

    public String orderNumber() {
        return orderId == null ? null : SalesOrder.number(orderId);
    }
}

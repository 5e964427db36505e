package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An order as lists show it: number, quote, opportunity, customer, project, the rep credited, booking and amounts. */
public record OrderRow(long id, long quoteId, long opportunityId, String opportunityTitle, long customerId,
                       String customerName, long projectId, String projectCode, String projectName, long creditedToId,
                       String creditedToName, String bookedBy, Instant bookedAt, LocalDate bookedOn, BigDecimal total,
                       String currency, LocalDate deliveryDate, int lineCount) {

    public String number() {
        return SalesOrder.number(id);
    }

    public String quoteKey() {
        return Quote.key(quoteId);
    }
}

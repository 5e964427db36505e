package org.integrationgateway.sales.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quote as events and the audit log show it: its key (e.g. Q-0007), opportunity, project, customer, the sales
 * department whose pipeline it is on, state, total (in {@code currency}), estimated delivery date, the number of
 * active lines and of customisations still waiting for an answer. Enums by name.
 */
public record QuoteSnapshot(long id, String key, long opportunityId, long projectId, long customerId,
                            long ownerDepartment, String state, String currency, BigDecimal total,
                            LocalDate deliveryDate, int activeLines, int pendingCustomisations) {
}

package org.integrationgateway.sales.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An opportunity as events and the audit log show it. {@code stage} is carried by name; {@code weightedValue} is the
 * value times the probability, rounded to cents.
 */
public record OpportunitySnapshot(long id, long customerId, Long contactId, String title, String stage,
                                  BigDecimal value, String currency, int probability, BigDecimal weightedValue,
                                  LocalDate expectedClose, long ownerId, long ownerDepartmentId, List<Long> projectIds,
                                  String lostReason) {
}

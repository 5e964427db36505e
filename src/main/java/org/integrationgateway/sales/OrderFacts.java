package org.integrationgateway.sales;

import java.time.Instant;
import java.util.List;

/**
 * What other modules need to know of an order to deliver it: its number, customer, project, the customer variant it
 * made (null when the project had no baseline), when it was booked and the spec item keys its lines buy.
 */
public record OrderFacts(long id, String number, long customerId, long projectId, Long variantId, Instant bookedAt,
                         List<String> deliverableKeys) {
}

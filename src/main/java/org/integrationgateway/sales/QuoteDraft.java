package org.integrationgateway.sales;

import java.time.LocalDate;

/**
 * A new quote for an opportunity: the project it quotes on (one of the opportunity's projects; may be omitted when
 * the opportunity concerns exactly one) and the date it is valid until (default: 30 days from today).
 */
public record QuoteDraft(Long projectId, LocalDate validUntil) {
}

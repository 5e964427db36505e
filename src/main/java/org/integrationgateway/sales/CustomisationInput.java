package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customisation as the customer asks for it: in their own words, by when they want it (optional), and the value
 * of the sale that depends on it (the change request's revenue at stake, in the quote's currency).
 */
public record CustomisationInput(String wording, LocalDate wantedBy, BigDecimal value) {
}

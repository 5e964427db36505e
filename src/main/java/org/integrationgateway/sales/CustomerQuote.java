package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote as its customer sees it in the portal: the total and estimated delivery date, and its active lines (empty
 * in lists). Never carries costs, the internal answer notes of the project's decisions, votes or the opportunity's
 * internal figures.
 */
public record CustomerQuote(long id, String key, long projectId, String projectName, QuoteState state,
                            LocalDate validUntil, String currency, BigDecimal total, LocalDate deliveryDate,
                            int pendingCustomisations, Long orderId, String orderNumber, List<Line> lines) {

    /** Still being built or accepted but not yet booked. */
    public boolean open() {
        return !state.ended();
    }

    /**
     * A line: an option (spec item, title, quantity, unit price) or a customisation (the customer's wording, when
     * they want it, its state, the price delta they pay and the schedule delta once feasible, when it was answered).
     */
    public record Line(int number, LineKind kind, String itemKey, String title, int quantity, BigDecimal unitPrice,
                       BigDecimal amount, LocalDate wantedBy, CustomisationState customisation, BigDecimal priceDelta,
                       Integer scheduleDeltaDays, Instant answeredAt) {
    }
}

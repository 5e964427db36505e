package org.integrationgateway.sales;

/** Filters of the quote list; null means any. */
public record QuoteFilter(QuoteState state, Long projectId, Long customerId, Long opportunityId) {

    public static final QuoteFilter NONE = new QuoteFilter(null, null, null, null);
}

package org.integrationgateway.sales;

/**
 * Filters of the pipeline and the opportunity list; null means any. {@code open} true keeps open stages, false closed
 * ones; {@code text} matches the title.
 */
public record OpportunityFilter(Long ownerId, Long customerId, Long projectId, String currency, OpportunityStage stage,
                                Boolean open, String text) {

    public static final OpportunityFilter NONE = new OpportunityFilter(null, null, null, null, null, null, null);

    public OpportunityFilter withCustomer(long customer) {
        return new OpportunityFilter(ownerId, customer, projectId, currency, stage, open, text);
    }

    public OpportunityFilter onlyOpen() {
        return new OpportunityFilter(ownerId, customerId, projectId, currency, stage, true, text);
    }
}

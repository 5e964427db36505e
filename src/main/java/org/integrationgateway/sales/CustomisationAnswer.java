package org.integrationgateway.sales;

/**
 * The project's answer to a customisation, from its change request: OPEN until decided, DEFERRED to a later gate
 * (still open for the quote), FEASIBLE when approved (with price and schedule deltas), NOT_FEASIBLE when rejected
 * (with the reason), WITHDRAWN when the request was withdrawn without a decision.
 */
public enum CustomisationAnswer {
    OPEN, DEFERRED, FEASIBLE, NOT_FEASIBLE, WITHDRAWN;

    /** Still waiting for the project: the quote is awaiting answers. */
    public boolean pending() {
        return this == OPEN || this == DEFERRED;
    }

    /** Answered no: to be removed or reworded before the quote is ready. */
    public boolean refused() {
        return this == NOT_FEASIBLE || this == WITHDRAWN;
    }
}

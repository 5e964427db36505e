package org.integrationgateway.sales;

/**
 * Who acts on an opportunity: their person id (null for an account without a person, e.g. an administrator), the
 * name the history records, and whether they are an administrator or PMO.
 */
public record SalesActor(Long personId, String name, boolean administratorOrPmo) {

    /** Reopening a won or lost opportunity is for its owner, administrators and PMO. */
    public boolean mayReopen(long owner) {
        return administratorOrPmo || (personId != null && personId == owner);
    }

    /** Reassigning an opportunity to another owner is for its owner, administrators and PMO. */
    public boolean mayReassign(long owner) {
        return mayReopen(owner);
    }
}

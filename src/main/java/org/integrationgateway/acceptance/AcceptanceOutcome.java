package org.integrationgateway.acceptance;

/** The customer's decision on a deliverable. */
public enum AcceptanceOutcome {
    ACCEPTED, REJECTED
}

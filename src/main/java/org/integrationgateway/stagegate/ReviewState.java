package org.integrationgateway.stagegate;

/** A review is scheduled (gatekeepers may score) until it is decided, once. */
public enum ReviewState {
    SCHEDULED, DECIDED
}

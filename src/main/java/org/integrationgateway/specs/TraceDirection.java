package org.integrationgateway.specs;

/** Which way a trace walk goes from its start: to what followed (FORWARD), what led to it (BACKWARD), or BOTH. */
public enum TraceDirection {
    FORWARD, BACKWARD, BOTH
}

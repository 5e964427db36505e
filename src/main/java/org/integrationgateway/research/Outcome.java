package org.integrationgateway.research;

/** How a finding was actioned. */
public enum Outcome {
    RAISED_CHANGE, LINKED_AS_EVIDENCE, DISMISSED
}

package org.integrationgateway.changecontrol;

/** The kind of thing that caused a change request; the module owning it resolves the reference. */
public enum SourceKind {
    NONE, RESEARCH_FINDING, QUOTE_LINE, ORDER, MEETING, CUSTOMER_REQUEST
}

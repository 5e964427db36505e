package org.integrationgateway.meetings;

/** A status report's rating of one dimension: red (in trouble), amber (at risk) or green (on track). */
public enum Rag {
    RED, AMBER, GREEN
}

package org.integrationgateway.meetings;

/** A meeting is SCHEDULED (also while and after it takes place) until it is CANCELLED, which is final. */
public enum MeetingState {
    SCHEDULED, CANCELLED
}

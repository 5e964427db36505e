package org.integrationgateway.meetings;

/** What a decision recorded in a meeting is about: a CHANGE_REQUEST or the GATE_REVIEW the meeting holds. */
public enum DecisionSubject {
    CHANGE_REQUEST, GATE_REVIEW
}

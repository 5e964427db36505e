package org.integrationgateway.meetings;

/**
 * Where an agenda item comes from: change requests AWAITING_DECISION, change requests targeted at the NEXT_GATE, the
 * next GATE_REVIEW, the latest STATUS report, open ACTION_ITEMS of the project, CONTRADICTIONS (research findings that
 * contradict the baseline), or OTHER (added by hand).
 */
public enum AgendaSection {
    AWAITING_DECISION, NEXT_GATE, GATE_REVIEW, STATUS, ACTION_ITEMS, CONTRADICTIONS, OTHER
}

package org.integrationgateway.meetings;

/**
 * The kinds of project meeting. Status and review meetings (STATUS, DESIGN_REVIEW, GATE_REVIEW) invite the project's
 * marketing and sales liaisons automatically; a CHANGE_BOARD meeting is the project's change control board convened,
 * and may record the board's decisions on change requests; a GATE_REVIEW meeting holds the project's open gate review
 * and may record its decision and the decisions on the change requests brought to it.
 */
public enum MeetingKind {
    STATUS, DESIGN_REVIEW, GATE_REVIEW, CHANGE_BOARD;

    /** Whether the marketing and sales liaisons matrixed to the project are invited automatically. */
    public boolean invitesLiaisons() {
        return this != CHANGE_BOARD;
    }

    /** Whether change requests may be decided in a meeting of this kind. */
    public boolean decidesChanges() {
        return this == CHANGE_BOARD || this == GATE_REVIEW;
    }
}

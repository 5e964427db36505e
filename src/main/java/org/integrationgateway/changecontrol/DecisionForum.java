package org.integrationgateway.changecontrol;

/**
 * Where a change request was decided: by the delegated ENVELOPE policy, by the BOARD's votes under its rule, by the
 * board's named APPROVER, at a GATE_REVIEW together with the gate, or in a MEETING.
 */
public enum DecisionForum {
    ENVELOPE, BOARD, APPROVER, GATE_REVIEW, MEETING
}

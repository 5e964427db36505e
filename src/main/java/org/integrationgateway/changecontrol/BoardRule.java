package org.integrationgateway.changecontrol;

/**
 * How a change control board decides: MAJORITY, when at least the quorum has voted and one choice holds more than
 * half of the board's members (so later votes cannot overturn it); or SINGLE_APPROVER, when the named approver
 * votes or decides (other members' votes are advice).
 */
public enum BoardRule {
    MAJORITY, SINGLE_APPROVER
}

package org.integrationgateway.changecontrol;

/**
 * The ITIL class of a change: STANDARD changes inside the project's delegated envelope are approved by policy,
 * NORMAL ones are decided by the board at or before their target gate, EMERGENCY ones interrupt the current stage
 * from submission until the board decides.
 */
public enum ChangeClass {
    STANDARD, NORMAL, EMERGENCY
}

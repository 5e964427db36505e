package org.integrationgateway.meetings;

/** An action item is OPEN until its owner (or the project manager) marks it DONE. */
public enum ActionItemState {
    OPEN, DONE
}

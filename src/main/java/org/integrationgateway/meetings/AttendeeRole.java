package org.integrationgateway.meetings;

/**
 * Why a person is invited: the ORGANISER (who scheduled it), the project TEAM (manager and current assignments), the
 * change control BOARD, a GATEKEEPER of the gate review, a marketing or sales LIAISON matrixed to the project (added
 * automatically to status and review meetings), or a GUEST the organiser added by hand.
 */
public enum AttendeeRole {
    ORGANISER, TEAM, BOARD, GATEKEEPER, LIAISON, GUEST
}

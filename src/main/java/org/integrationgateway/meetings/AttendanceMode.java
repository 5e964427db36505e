package org.integrationgateway.meetings;

/** How an attendee takes part: IN_PERSON at the meeting's place or VIRTUAL through its link. */
public enum AttendanceMode {
    IN_PERSON, VIRTUAL
}

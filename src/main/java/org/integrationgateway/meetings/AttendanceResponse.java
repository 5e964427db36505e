package org.integrationgateway.meetings;

/** An attendee's answer to the invitation; PENDING until they give one. */
public enum AttendanceResponse {
    PENDING, ACCEPTED, TENTATIVE, DECLINED
}

package org.integrationgateway.acceptance;

/** An acceptance task is OPEN until the customer ACCEPTS or REJECTS the deliverable, or the project team CANCELS it. */
public enum TaskState {
    OPEN, ACCEPTED, REJECTED, CANCELLED
}

package org.integrationgateway.stagegate;

/** Progress of a required deliverable in one project. */
public enum DeliverableStatus {
    OPEN, IN_PROGRESS, DONE
}

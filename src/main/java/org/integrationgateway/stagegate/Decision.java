package org.integrationgateway.stagegate;

/** The outcome of a gate review (Cooper's Go/Kill/Hold/Recycle). */
public enum Decision {
    /** Opens the next stage; at the last gate the project is completed. */
    GO,
    /** Ends the project for good. */
    KILL,
    /** Suspends the project until a later review of the same gate. */
    HOLD,
    /** Keeps the project in its stage and reopens chosen deliverables for rework. */
    RECYCLE
}

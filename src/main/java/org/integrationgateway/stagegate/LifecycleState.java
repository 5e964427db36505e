package org.integrationgateway.stagegate;

/**
 * The state of a project lifecycle. ACTIVE and INTERRUPTED projects work in their current stage; ON_HOLD waits for a
 * later gate review; KILLED and COMPLETED are final.
 */
public enum LifecycleState {
    ACTIVE, ON_HOLD, KILLED, COMPLETED, INTERRUPTED;

    public boolean isFinal() {
        return this == KILLED || this == COMPLETED;
    }
}

package org.integrationgateway.stagegate.events;

/** A gate decided HOLD: the project is on hold until a later review of the same gate. */
public record ProjectHeld(LifecycleSnapshot before, LifecycleSnapshot after) implements LifecycleTransition {

    @Override
    public String action() {
        return "held";
    }
}

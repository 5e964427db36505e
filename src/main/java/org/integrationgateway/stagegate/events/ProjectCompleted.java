package org.integrationgateway.stagegate.events;

/** A GO at the last gate completed the project. */
public record ProjectCompleted(LifecycleSnapshot before, LifecycleSnapshot after) implements LifecycleTransition {

    @Override
    public String action() {
        return "completed";
    }
}

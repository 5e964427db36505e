package org.integrationgateway.stagegate.events;

/** A project entered a new stage after a GO; {@code after.stageIndex} is the new stage. */
public record StageEntered(LifecycleSnapshot before, LifecycleSnapshot after) implements LifecycleTransition {

    @Override
    public String action() {
        return "stage-entered";
    }
}

package org.integrationgateway.stagegate.events;

/** A held project was resumed by a later gate review (followed by {@link StageEntered} on GO). */
public record ProjectResumed(LifecycleSnapshot before, LifecycleSnapshot after) implements LifecycleTransition {

    @Override
    public String action() {
        return "resumed";
    }
}

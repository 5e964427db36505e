package org.integrationgateway.stagegate.events;

/** A project was started on a template revision, in its first stage. */
public record LifecycleStarted(LifecycleSnapshot after) implements LifecycleTransition {

    @Override
    public LifecycleSnapshot before() {
        return null;
    }

    @Override
    public String action() {
        return "started";
    }
}

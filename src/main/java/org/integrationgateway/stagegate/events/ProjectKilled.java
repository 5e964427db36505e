package org.integrationgateway.stagegate.events;

/** A gate decided KILL: the project ended for good. */
public record ProjectKilled(LifecycleSnapshot before, LifecycleSnapshot after) implements LifecycleTransition {

    @Override
    public String action() {
        return "killed";
    }
}

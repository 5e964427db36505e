package org.integrationgateway.stagegate;

/** Where a project's lifecycle stands: its current stage (0-based), its state and the template revision it runs on. */
public record StagePosition(int currentStage, LifecycleState state, ProcessTemplate template) {
}

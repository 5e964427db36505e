package org.integrationgateway.portfolio;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a project. A proposal becomes active or is cancelled; an active project may be put on hold,
 * completed or cancelled; a project on hold resumes or is cancelled. Completed and cancelled are final.
 */
public enum ProjectStatus {
    PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED;

    /** The statuses this one may change to (staying the same is always allowed). */
    public Set<ProjectStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(ON_HOLD, COMPLETED, CANCELLED);
            case ON_HOLD -> EnumSet.of(ACTIVE, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean canBecome(ProjectStatus target) {
        return target == this || next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}

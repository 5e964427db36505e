package org.integrationgateway.stagegate;

import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.ProjectStatus;
import org.integrationgateway.stagegate.events.LifecycleStarted;
import org.integrationgateway.stagegate.events.LifecycleTransition;
import org.integrationgateway.stagegate.events.ProjectCompleted;
import org.integrationgateway.stagegate.events.ProjectHeld;
import org.integrationgateway.stagegate.events.ProjectKilled;
import org.integrationgateway.stagegate.events.ProjectResumed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the portfolio's project status in step with the stage-gate lifecycle: started or resumed → active,
 * held → on hold, killed → cancelled, completed → completed. Runs after the decision has committed, from
 * the durable event publication registry, so a crash in between only delays it; repeating it is harmless.
 */
@Component
class ProjectStatusFollower {

    private static final Logger log = LoggerFactory.getLogger(ProjectStatusFollower.class);
    private final Portfolio portfolio;

    ProjectStatusFollower(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @ApplicationModuleListener
    void on(LifecycleStarted event) {
        follow(event, ProjectStatus.ACTIVE);
    }

    @ApplicationModuleListener
    void on(ProjectHeld event) {
        follow(event, ProjectStatus.ON_HOLD);
    }

    @ApplicationModuleListener
    void on(ProjectResumed event) {
        follow(event, ProjectStatus.ACTIVE);
    }

    @ApplicationModuleListener
    void on(ProjectKilled event) {
        follow(event, ProjectStatus.CANCELLED);
    }

    @ApplicationModuleListener
    void on(ProjectCompleted event) {
        follow(event, ProjectStatus.COMPLETED);
    }

    private void follow(LifecycleTransition event, ProjectStatus target) {
        if (!portfolio.followLifecycle(event.projectId(), target)) {
            log.info("Project {} stays as it is: it is already {} or cannot become it", event.projectId(), target);
        }
    }
}

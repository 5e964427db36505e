package org.integrationgateway.stagegate;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.portfolio.Project;

/**
 * Everything the lifecycle of a project shows: the stage track, the state, past decisions, the next gate review
 * and interruptions. {@code lifecycle} and {@code template} are null while the project has not been started.
 */
public record LifecycleView(Project project, ProjectLifecycle lifecycle, ProcessTemplate template, List<StageView> stages,
                            List<DecisionView> decisions, GateReview nextReview, List<GateReview> reviews) {

    public boolean started() {
        return lifecycle != null;
    }

    /** Where a stage is relative to the project: PASSED, CURRENT or UPCOMING. */
    public enum Position {
        PASSED, CURRENT, UPCOMING
    }

    public record StageView(int index, TemplateStage stage, Position position, List<DeliverableView> deliverables) {

        public long openDeliverables() {
            return deliverables.stream().filter(d -> d.status() != DeliverableStatus.DONE).count();
        }
    }

    public record DeliverableView(int stageIndex, int index, String name, String description, DeliverableStatus status,
                                  String link) {
    }

    public record DecisionView(GateDecision decision, String stageName, String gateName, LocalDate reviewedOn) {
    }
}

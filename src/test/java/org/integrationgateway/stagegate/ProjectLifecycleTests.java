package org.integrationgateway.stagegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.events.DeliverableUpdated;
import org.integrationgateway.stagegate.events.LifecycleStarted;
import org.integrationgateway.stagegate.events.ProjectCompleted;
import org.integrationgateway.stagegate.events.ProjectHeld;
import org.integrationgateway.stagegate.events.ProjectInterrupted;
import org.integrationgateway.stagegate.events.ProjectInterruptionEnded;
import org.integrationgateway.stagegate.events.ProjectKilled;
import org.integrationgateway.stagegate.events.ProjectResumed;
import org.integrationgateway.stagegate.events.StageEntered;
import org.junit.jupiter.api.Test;

class ProjectLifecycleTests {

    private static final java.time.Instant NOW = StagegateRulesFixture.NOW;
    private final ProcessTemplate template = StagegateRulesFixture.template(DecisionRule.CHAIR);
    private final ProjectLifecycle lifecycle = StagegateRulesFixture.lifecycle(template);

    @Test
    void startsActiveInTheFirstStageWithEveryDeliverableOpen() {
        assertThat(lifecycle.getCurrentStage()).isZero();
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(lifecycle.getDeliverables()).hasSize(4).allMatch(d -> d.status() == DeliverableStatus.OPEN);
        assertThat(lifecycle.pendingEvents()).singleElement().isInstanceOf(LifecycleStarted.class);
    }

    @Test
    void goOpensTheNextStageAndGoAtTheLastGateCompletes() {
        lifecycle.apply(Decision.GO, null, NOW);
        assertThat(lifecycle.getCurrentStage()).isEqualTo(1);
        assertThat(lifecycle.pendingEvents()).last().isInstanceOfSatisfying(StageEntered.class, e -> {
            assertThat(e.before().stageName()).isEqualTo("First");
            assertThat(e.after().stageName()).isEqualTo("Second");
            assertThat(e.after().templateRevision()).isEqualTo(1);
        });
        lifecycle.apply(Decision.GO, null, NOW);
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.COMPLETED);
        assertThat(lifecycle.getEndedAt()).isEqualTo(NOW);
        assertThat(lifecycle.pendingEvents()).last().isInstanceOf(ProjectCompleted.class);
    }

    @Test
    void killEndsTheProjectForGood() {
        lifecycle.apply(Decision.KILL, null, NOW);
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.KILLED);
        assertThat(lifecycle.pendingEvents()).last().isInstanceOf(ProjectKilled.class);
        for (Decision decision : Decision.values()) {
            assertThatThrownBy(() -> lifecycle.apply(decision, List.of(0), NOW)).isInstanceOf(RuleViolationException.class)
                    .extracting("code").isEqualTo("project-killed");
        }
        assertThatThrownBy(() -> lifecycle.updateDeliverable(0, 0, DeliverableStatus.DONE, null, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> lifecycle.interrupt("cc", "1", "x", NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void holdSuspendsUntilALaterReviewResumes() {
        lifecycle.apply(Decision.HOLD, null, NOW);
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.ON_HOLD);
        assertThat(lifecycle.pendingEvents()).last().isInstanceOf(ProjectHeld.class);
        assertThatThrownBy(() -> lifecycle.interrupt("cc", "1", "x", NOW)).isInstanceOf(RuleViolationException.class);
        lifecycle.apply(Decision.GO, null, NOW);
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(lifecycle.getCurrentStage()).isEqualTo(1);
        assertThat(lifecycle.pendingEvents()).extracting(Object::getClass).containsSubsequence(ProjectHeld.class,
                ProjectResumed.class, StageEntered.class);
    }

    @Test
    void recycleKeepsTheStageAndReopensTheChosenDeliverables() {
        lifecycle.updateDeliverable(0, 0, DeliverableStatus.DONE, "https://wiki/brief", NOW);
        lifecycle.updateDeliverable(0, 1, DeliverableStatus.DONE, null, NOW);
        lifecycle.apply(Decision.RECYCLE, List.of(1), NOW);
        assertThat(lifecycle.getCurrentStage()).isZero();
        assertThat(lifecycle.deliverable(0, 0).status()).isEqualTo(DeliverableStatus.DONE);
        assertThat(lifecycle.deliverable(0, 1).status()).isEqualTo(DeliverableStatus.OPEN);
        assertThat(lifecycle.pendingEvents()).last().isInstanceOfSatisfying(DeliverableUpdated.class,
                e -> assertThat(e.after().name()).isEqualTo("Plan"));
        assertThatThrownBy(() -> lifecycle.apply(Decision.RECYCLE, List.of(), NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> lifecycle.apply(Decision.RECYCLE, List.of(5), NOW)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void deliverablesOfLaterStagesWait() {
        assertThatThrownBy(() -> lifecycle.updateDeliverable(1, 0, DeliverableStatus.DONE, null, NOW))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("future-stage");
        assertThatThrownBy(() -> lifecycle.updateDeliverable(0, 2, DeliverableStatus.DONE, null, NOW))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void interruptionsBlockDecisionsUntilAllHaveEnded() {
        assertThat(lifecycle.interrupt("change-control", "CR-1", "Emergency fix", NOW)).isTrue();
        assertThat(lifecycle.interrupt("change-control", "CR-1", "Again", NOW)).as("idempotent").isFalse();
        assertThat(lifecycle.interrupt("change-control", "CR-2", "Second fix", NOW)).isTrue();
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.INTERRUPTED);
        assertThat(lifecycle.pendingEvents()).last().isInstanceOf(ProjectInterrupted.class);
        assertThatThrownBy(() -> lifecycle.apply(Decision.GO, null, NOW)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("project-interrupted");

        assertThat(lifecycle.endInterruption("change-control", "CR-1", NOW.plusSeconds(600))).isTrue();
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.INTERRUPTED);
        assertThat(lifecycle.endInterruption("change-control", "CR-1", NOW)).isFalse();
        assertThat(lifecycle.endInterruption("change-control", "CR-2", NOW.plusSeconds(3600))).isTrue();
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(lifecycle.pendingEvents()).last().isInstanceOfSatisfying(ProjectInterruptionEnded.class,
                e -> assertThat(e.durationSeconds()).isEqualTo(3600));
        assertThat(lifecycle.getInterruptions()).hasSize(2).noneMatch(Interruption::open);
    }
}

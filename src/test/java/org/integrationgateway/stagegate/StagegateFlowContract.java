package org.integrationgateway.stagegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stage-gate flow against a real database: persistence of every aggregate, events, audit and the decision race. */
abstract class StagegateFlowContract {

    @Autowired StagegateFixtures fixtures;
    @Autowired Lifecycles lifecycles;
    @Autowired Gatekeeping gatekeeping;
    @Autowired TemplateCatalog catalog;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shipsTheDefaultTemplate() {
        ProcessTemplate standard = catalog.latest(TemplateCatalog.DEFAULT_CODE);
        assertThat(standard.getStages()).extracting(TemplateStage::getName).containsExactly("Discovery", "Scoping",
                "Business case", "Development", "Testing and validation", "Launch");
        assertThat(standard.getStages()).allSatisfy(stage -> {
            assertThat(stage.getCriteria()).anyMatch(GateCriterion::mustMeet);
            assertThat(stage.getCriteria()).anyMatch(c -> !c.mustMeet());
            assertThat(stage.getDeliverables()).isNotEmpty();
        });
        assertThat(standard.getDecisionRule()).isEqualTo(DecisionRule.CHAIR);
    }

    @Test
    void aProjectMovesThroughAGate() {
        var project = fixtures.startedProject();
        ProcessTemplate template = catalog.latest(TemplateCatalog.DEFAULT_CODE);
        GateReview review = gatekeeping.schedule(project.id(), LocalDate.now().plusDays(7), project.chair(), null);
        assertThat(review.gatekeeperIds()).containsExactlyInAnyOrderElementsOf(project.gatekeepers());

        gatekeeping.score(review.getId(), project.chair(), fixtures.scorecard(template, 0, true, 7, Decision.GO));
        gatekeeping.score(review.getId(), project.second(), fixtures.scorecard(template, 0, true, 5, Decision.GO));
        ReviewView view = gatekeeping.view(review.getId());
        assertThat(view.result().passed()).isTrue();
        assertThat(view.result().weightedScore()).isEqualTo(60);
        assertThat(view.agenda()).extracting(a -> a.title()).contains("Open deliverable: Idea brief");

        GateDecision decision = gatekeeping.decide(review.getId(), new DecisionInput(Decision.GO, "Strong case",
                null, List.of(new DecisionInput.Condition("Confirm pricing", project.second(), LocalDate.now().plusDays(30))),
                null, gatekeeping.review(review.getId()).getVersion()), "chair@example.test");

        ProjectLifecycle lifecycle = lifecycles.lifecycle(project.id());
        assertThat(lifecycle.getCurrentStage()).isEqualTo(1);
        assertThat(lifecycle.getState()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(catalog.revision(lifecycle.getProcessTemplate()).getRevision()).isEqualTo(template.getRevision());
        assertThat(lifecycles.view(project.id()).decisions()).singleElement()
                .satisfies(d -> assertThat(d.decision().getConditions()).hasSize(1));
        assertThat(decision.isGatePassed()).isTrue();
        assertThat(jdbc.queryForList("select action from audit_entry where (entity_type = 'project-lifecycle' and entity_id = ?)"
                + " or (entity_type = 'gate-review' and entity_id = ?) order by id", String.class,
                String.valueOf(project.id()), String.valueOf(review.getId())))
                .containsExactly("started", "scheduled", "scored", "scored", "stage-entered", "decided");
        assertThatThrownBy(() -> gatekeeping.score(review.getId(), project.chair(),
                fixtures.scorecard(template, 0, true, 7, Decision.GO))).isInstanceOf(ConflictException.class);
    }

    @Test
    void editingATemplateKeepsRunningProjectsOnTheirRevision() {
        var project = fixtures.startedProject();
        String code = "T" + System.nanoTime() % 1000000;
        ProcessTemplate first = catalog.create(code, definition("One stage"));
        ProcessTemplate second = catalog.revise(code, 1, definition("Renamed stage"));
        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(catalog.revision(first.getId()).getStages().get(0).getName()).isEqualTo("One stage");
        assertThatThrownBy(() -> catalog.revise(code, 1, definition("Stale"))).isInstanceOf(ConflictException.class);
        assertThat(lifecycles.lifecycle(project.id()).getTemplate().getCode()).isEqualTo(TemplateCatalog.DEFAULT_CODE);
        assertThat(catalog.revisions(code)).extracting(ProcessTemplate::getRevision).containsExactly(2, 1);
    }

    @Test
    void interruptionsAreRecordedAndEnd() {
        var project = fixtures.startedProject();
        lifecycles.interrupt(project.id(), "change-control", "CR-7", "Emergency change to the sealing unit");
        lifecycles.interrupt(project.id(), "change-control", "CR-7", "Repeated delivery of the same event");
        ProjectLifecycle interrupted = lifecycles.lifecycle(project.id());
        assertThat(interrupted.getState()).isEqualTo(LifecycleState.INTERRUPTED);
        assertThat(interrupted.getInterruptions()).hasSize(1);
        GateReview review = gatekeeping.schedule(project.id(), LocalDate.now(), project.chair(), null);
        assertThatThrownBy(() -> gatekeeping.decide(review.getId(), new DecisionInput(Decision.KILL, "No", null, null,
                null, review.getVersion()), "x")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Emergency change");

        lifecycles.resume(project.id(), "change-control", "CR-7");
        ProjectLifecycle resumed = lifecycles.lifecycle(project.id());
        assertThat(resumed.getState()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(resumed.getInterruptions()).singleElement().satisfies(i -> assertThat(i.endedAt()).isNotNull());
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'project-lifecycle' "
                + "and entity_id = ? order by id", String.class, String.valueOf(project.id())))
                .containsExactly("started", "interrupted", "interruption-ended");
    }

    @Test
    void thePortfolioStatusFollowsHoldResumeAndKill() {
        var project = fixtures.startedProject();
        GateReview hold = gatekeeping.schedule(project.id(), LocalDate.now(), project.chair(), null);
        gatekeeping.decide(hold.getId(), new DecisionInput(Decision.HOLD, "Wait for the market study", null, null, null,
                gatekeeping.review(hold.getId()).getVersion()), "chair@example.test");
        await().untilAsserted(() -> assertThat(projectStatus(project.id())).isEqualTo("ON_HOLD"));

        GateReview kill = gatekeeping.schedule(project.id(), LocalDate.now(), project.chair(), null);
        gatekeeping.decide(kill.getId(), new DecisionInput(Decision.KILL, "The market went away", null, null, null,
                gatekeeping.review(kill.getId()).getVersion()), "chair@example.test");
        await().untilAsserted(() -> assertThat(projectStatus(project.id())).isEqualTo("CANCELLED"));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'project' and entity_id = ?"
                + " order by id", String.class, String.valueOf(project.id()))).contains("changed");
    }

    private String projectStatus(long projectId) {
        return jdbc.queryForObject("select status from project where id = ?", String.class, projectId);
    }

    @Test
    void simultaneousDecisionsHaveExactlyOneWinner() throws Exception {
        DecisionRace.run(fixtures, lifecycles, gatekeeping, catalog, 5);
    }

    static TemplateDefinition definition(String stageName) {
        return new TemplateDefinition("Test process", null, DecisionRule.MAJORITY, List.of(
                new TemplateDefinition.StageDefinition(stageName, null, "Gate A", 50, List.of(
                        new TemplateDefinition.CriterionDefinition(CriterionKind.MUST_MEET, "Fit", null, 0),
                        new TemplateDefinition.CriterionDefinition(CriterionKind.SHOULD_MEET, "Value", null, 3)),
                        List.of(new TemplateDefinition.DeliverableDefinition("Brief", null)))));
    }
}

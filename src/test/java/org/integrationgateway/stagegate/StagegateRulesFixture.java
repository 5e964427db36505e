package org.integrationgateway.stagegate;

import java.time.Instant;
import java.util.List;

/** In-memory templates and lifecycles for the unit tests of the rules. */
final class StagegateRulesFixture {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private StagegateRulesFixture() {
    }

    /** Two stages; each gate: must-meet "Fit", should-meet "Value" (weight 3) and "Risk" (weight 1), threshold 60. */
    static ProcessTemplate template(DecisionRule rule) {
        ProcessTemplate draft = ProcessTemplate.revision("T", 1, new TemplateDefinition("Test", null, rule, List.of(
                stage("First"), stage("Second"))), NOW);
        return new ProcessTemplate(7L, draft.getCode(), 1, draft.getName(), null, rule, NOW, draft.getStages());
    }

    static TemplateDefinition.StageDefinition stage(String name) {
        return new TemplateDefinition.StageDefinition(name, null, "Gate after " + name, 60, List.of(
                new TemplateDefinition.CriterionDefinition(CriterionKind.MUST_MEET, "Fit", null, 0),
                new TemplateDefinition.CriterionDefinition(CriterionKind.SHOULD_MEET, "Value", null, 3),
                new TemplateDefinition.CriterionDefinition(CriterionKind.SHOULD_MEET, "Risk", null, 1)),
                List.of(new TemplateDefinition.DeliverableDefinition("Brief", null),
                        new TemplateDefinition.DeliverableDefinition("Plan", null)));
    }

    static ProjectLifecycle lifecycle(ProcessTemplate template) {
        return ProjectLifecycle.start(42L, template, NOW);
    }

    /** A lifecycle as loaded from the database (with an id), in the first stage. */
    static ProjectLifecycle stored(ProcessTemplate template) {
        ProjectLifecycle fresh = lifecycle(template);
        return new ProjectLifecycle(9L, 42L, template.getId(), 0, LifecycleState.ACTIVE, NOW, null,
                fresh.getDeliverables(), List.of(), 0L).with(template);
    }

    static ScorecardInput card(boolean met, int value, int risk, Decision recommendation) {
        return new ScorecardInput(recommendation, null, List.of(new ScorecardInput.Answer(0, met, null, null),
                new ScorecardInput.Answer(1, null, value, null), new ScorecardInput.Answer(2, null, risk, null)));
    }
}

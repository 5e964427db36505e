package org.integrationgateway.stagegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatePassPolicyTests {

    private final GatePassPolicy policy = new GatePassPolicy();
    private final TemplateStage gate = StagegateRulesFixture.template(DecisionRule.CHAIR).stage(0);

    private static List<CriterionScore> card(long gatekeeper, boolean met, int value, int risk) {
        return List.of(new CriterionScore(gatekeeper, 0, met, null, null), new CriterionScore(gatekeeper, 1, null, value, null),
                new CriterionScore(gatekeeper, 2, null, risk, null));
    }

    @Test
    void passesWhenEveryMustMeetIsMetAndTheWeightedScoreReachesTheThreshold() {
        // (3 × 6 + 1 × 6) / (10 × 4) = 60 %, exactly the threshold.
        var result = policy.evaluate(gate, 1, card(1, true, 6, 6));
        assertThat(result.weightedScore()).isEqualTo(60);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void weighsShouldMeetsAndAveragesTheGatekeepers() {
        // Value averages 7, risk averages 2: (3 × 7 + 1 × 2) / 40 = 57.5 % → 58 %.
        var scores = new java.util.ArrayList<>(card(1, true, 8, 0));
        scores.addAll(card(2, true, 6, 4));
        var result = policy.evaluate(gate, 2, scores);
        assertThat(result.weightedScore()).isEqualTo(58);
        assertThat(result.criteria().get(1).average()).isEqualTo(7.0);
        assertThat(result.thresholdReached()).isFalse();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void oneGatekeeperSayingNotMetFailsAMustMeetWhateverTheScore() {
        var scores = new java.util.ArrayList<>(card(1, true, 10, 10));
        scores.addAll(card(2, false, 10, 10));
        var result = policy.evaluate(gate, 2, scores);
        assertThat(result.weightedScore()).isEqualTo(100);
        assertThat(result.mustMeetsMet()).isFalse();
        assertThat(result.failedMustMeets()).extracting(GateCriterion::name).containsExactly("Fit");
        assertThat(result.criteria().get(0).notMetCount()).isEqualTo(1);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void aGateNobodyScoredHasNotPassed() {
        var result = policy.evaluate(gate, 0, List.of());
        assertThat(result.weightedScore()).isNull();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void aGateWithOnlyMustMeetsPassesOnThemAlone() {
        var only = ProcessTemplate.revision("M", 1, new TemplateDefinition("M", null, DecisionRule.CHAIR, List.of(
                new TemplateDefinition.StageDefinition("S", null, "G", 0, List.of(
                        new TemplateDefinition.CriterionDefinition(CriterionKind.MUST_MEET, "Fit", null, 0)), List.of()))),
                StagegateRulesFixture.NOW).stage(0);
        assertThat(policy.evaluate(only, 1, List.of(new CriterionScore(1, 0, true, null, null))).passed()).isTrue();
        assertThat(policy.evaluate(only, 1, List.of(new CriterionScore(1, 0, false, null, null))).passed()).isFalse();
        assertThat(policy.evaluate(only, 1, List.of()).passed()).as("a must-meet nobody answered is not met").isFalse();
    }

    @Test
    void aGateWithoutMustMeetsOrThresholdStillNeedsAScorecard() {
        var empty = ProcessTemplate.revision("E", 1, new TemplateDefinition("E", null, DecisionRule.CHAIR, List.of(
                new TemplateDefinition.StageDefinition("S", null, "G", 0, List.of(
                        new TemplateDefinition.CriterionDefinition(CriterionKind.SHOULD_MEET, "Value", null, 1)), List.of()))),
                StagegateRulesFixture.NOW).stage(0);
        assertThat(policy.evaluate(empty, 0, List.of()).passed()).isFalse();
        assertThat(policy.evaluate(empty, 0, List.of()).mustMeetsMet()).isFalse();
        assertThat(policy.evaluate(empty, 0, List.of()).thresholdReached()).isFalse();
        assertThat(policy.evaluate(empty, 1, List.of()).passed()).isTrue();
    }
}

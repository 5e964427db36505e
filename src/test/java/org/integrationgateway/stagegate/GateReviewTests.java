package org.integrationgateway.stagegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.events.GateCriteriaScored;
import org.junit.jupiter.api.Test;

class GateReviewTests {

    private final ProcessTemplate template = StagegateRulesFixture.template(DecisionRule.CHAIR);
    private final TemplateStage gate = template.stage(0);
    /** A stored review of gate 0 with gatekeepers 1 (chair) and 2. */
    private final GateReview review = new GateReview(5L, 42L, 9L, 0, LocalDate.parse("2026-12-01"), 1L,
            ReviewState.SCHEDULED, StagegateRulesFixture.NOW, java.util.Set.of(new ReviewGatekeeper(1L),
            new ReviewGatekeeper(2L)), java.util.Map.of(), java.util.Set.of(), 0L);

    @Test
    void schedulesTheCurrentGateOfTheLifecycle() {
        GateReview scheduled = GateReview.schedule(StagegateRulesFixture.stored(template), LocalDate.parse("2026-12-01"),
                2L, List.of(1L, 2L, 2L), StagegateRulesFixture.NOW);
        assertThat(scheduled.getStageIndex()).isZero();
        assertThat(scheduled.gatekeeperIds()).containsExactly(1L, 2L);
        assertThat(scheduled.getState()).isEqualTo(ReviewState.SCHEDULED);
    }

    @Test
    void theChairMustBeAGatekeeperAndAReviewNeedsGatekeepers() {
        var lifecycle = StagegateRulesFixture.stored(template);
        assertThatThrownBy(() -> GateReview.schedule(lifecycle, LocalDate.now(), 3L, List.of(1L, 2L), StagegateRulesFixture.NOW))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("chair-not-gatekeeper");
        assertThatThrownBy(() -> GateReview.schedule(lifecycle, LocalDate.now(), 1L, List.of(), StagegateRulesFixture.NOW))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("no-gatekeepers");
        assertThatThrownBy(() -> GateReview.schedule(lifecycle, null, 1L, List.of(1L), StagegateRulesFixture.NOW))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void onlyGatekeepersScoreAndANewScorecardReplacesTheOld() {
        assertThatThrownBy(() -> review.score(3L, gate, StagegateRulesFixture.card(true, 5, 5, Decision.GO),
                StagegateRulesFixture.NOW)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("not-a-gatekeeper");
        review.score(1L, gate, StagegateRulesFixture.card(true, 5, 5, Decision.GO), StagegateRulesFixture.NOW);
        review.score(1L, gate, StagegateRulesFixture.card(false, 9, 9, Decision.KILL), StagegateRulesFixture.NOW);
        assertThat(review.scoresOf(1L)).extracting(CriterionScore::score).containsExactly(null, 9, 9);
        assertThat(review.getScorecards()).containsOnlyKeys(1L);
        assertThat(review.pendingEvents()).last().isInstanceOfSatisfying(GateCriteriaScored.class, e -> {
            assertThat(e.before().recommendation()).isEqualTo("GO");
            assertThat(e.after().recommendation()).isEqualTo("KILL");
        });
    }

    @Test
    void everyCriterionMustBeAnsweredInRange() {
        var missing = new ScorecardInput(Decision.GO, null, List.of(new ScorecardInput.Answer(0, true, null, null)));
        assertThatThrownBy(() -> review.score(1L, gate, missing, StagegateRulesFixture.NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("answers[1].score");
        assertThatThrownBy(() -> review.score(1L, gate, StagegateRulesFixture.card(true, 11, 0, Decision.GO),
                StagegateRulesFixture.NOW)).isInstanceOf(InvalidRequestException.class);
        var twice = new ScorecardInput(Decision.GO, null, List.of(new ScorecardInput.Answer(0, true, null, null),
                new ScorecardInput.Answer(0, true, null, null)));
        assertThatThrownBy(() -> review.score(1L, gate, twice, StagegateRulesFixture.NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> review.score(1L, gate, new ScorecardInput(null, null, List.of()), StagegateRulesFixture.NOW))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("recommendation");
        assertThat(review.getScorecards()).isEmpty();
    }

    @Test
    void aDecidedReviewIsNeitherScoredNorDecidedAgain() {
        review.markDecided();
        assertThatThrownBy(review::markDecided).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> review.score(1L, gate, StagegateRulesFixture.card(true, 5, 5, Decision.GO),
                StagegateRulesFixture.NOW)).isInstanceOf(ConflictException.class);
    }
}

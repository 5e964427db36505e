package org.integrationgateway.stagegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class GateDecisionRuleTests {

    private final GateDecisionRule rule = new GateDecisionRule();

    @Test
    void underTheChairRuleOnlyTheChairDecides() {
        assertThat(rule.mayDecide(DecisionRule.CHAIR, 1L, false, 1L)).isTrue();
        assertThat(rule.mayDecide(DecisionRule.CHAIR, 2L, false, 1L)).isFalse();
        assertThat(rule.mayDecide(DecisionRule.CHAIR, null, true, 1L)).as("not even PMO").isFalse();
        assertThatCode(() -> rule.check(DecisionRule.CHAIR, Decision.KILL, Map.of(1L, Decision.GO, 2L, Decision.GO),
                List.of(1L, 2L))).as("the chair may overrule the recommendations").doesNotThrowAnyException();
    }

    @Test
    void underTheMajorityRuleTheChairOrPmoRecordsTheMajoritysDecision() {
        assertThat(rule.mayDecide(DecisionRule.MAJORITY, 1L, false, 1L)).isTrue();
        assertThat(rule.mayDecide(DecisionRule.MAJORITY, null, true, 1L)).isTrue();
        assertThat(rule.mayDecide(DecisionRule.MAJORITY, 2L, false, 1L)).isFalse();
        var votes = Map.of(1L, Decision.GO, 2L, Decision.GO, 3L, Decision.KILL);
        assertThat(rule.majority(votes, List.of(1L, 2L, 3L))).contains(Decision.GO);
        assertThatCode(() -> rule.check(DecisionRule.MAJORITY, Decision.GO, votes, List.of(1L, 2L, 3L)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rule.check(DecisionRule.MAJORITY, Decision.KILL, votes, List.of(1L, 2L, 3L)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("recommended GO");
    }

    @Test
    void halfIsNoMajorityAndGatekeepersWhoDidNotScoreCountAgainst() {
        assertThat(rule.majority(Map.of(1L, Decision.GO, 2L, Decision.KILL), List.of(1L, 2L))).isEmpty();
        assertThat(rule.majority(Map.of(1L, Decision.GO), List.of(1L, 2L, 3L))).isEmpty();
        assertThatThrownBy(() -> rule.check(DecisionRule.MAJORITY, Decision.GO, Map.of(1L, Decision.GO), List.of(1L, 2L)))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("no-majority");
    }

    @Test
    void recommendationsOfPeopleWhoAreNotGatekeepersDoNotCount() {
        assertThat(rule.majority(Map.of(1L, Decision.GO, 9L, Decision.GO), List.of(1L, 2L))).isEmpty();
        assertThat(rule.majority(Map.of(1L, Decision.GO, 2L, Decision.GO, 9L, Decision.KILL), List.of(1L, 2L)))
                .contains(Decision.GO);
    }
}

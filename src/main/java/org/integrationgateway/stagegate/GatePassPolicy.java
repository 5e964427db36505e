package org.integrationgateway.stagegate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether a gate passed, combining every submitted scorecard:
 * <ul>
 *   <li>a must-meet criterion is met when every gatekeeper who submitted a scorecard answered "met" — one "not met"
 *       fails it;</li>
 *   <li>the weighted should-meet score is Σ(weight × average score of the gatekeepers) ÷ (10 × Σ weight), in percent
 *       rounded half up (100 % = every gatekeeper gave 10 on every should-meet criterion);</li>
 *   <li>the gate passes when at least one scorecard was submitted, every must-meet is met and the weighted score is
 *       at or above the gate's pass threshold. A gate without should-meet criteria has threshold 0 and no score.</li>
 * </ul>
 */
public final class GatePassPolicy {

    /** The combined answer to one criterion: must-meet {@code met}, or should-meet {@code average} 0–10. */
    public record CriterionResult(int index, GateCriterion criterion, int metCount, int notMetCount, Double average) {

        public boolean met() {
            return !criterion.mustMeet() || (notMetCount == 0 && metCount > 0);
        }
    }

    /** The outcome; {@code weightedScore} is null when nobody scored or the gate has no should-meet criterion. */
    public record Result(int scorecards, List<CriterionResult> criteria, Integer weightedScore, int threshold,
                         boolean mustMeetsMet, boolean thresholdReached, boolean passed) {

        public List<GateCriterion> failedMustMeets() {
            return criteria.stream().filter(c -> c.criterion().mustMeet() && !c.met()).map(CriterionResult::criterion)
                    .toList();
        }
    }

    public Result evaluate(TemplateStage gate, int scorecards, Collection<CriterionScore> scores) {
        List<CriterionResult> results = new ArrayList<>();
        long weightSum = 0;
        double weighted = 0;
        for (int i = 0; i < gate.getCriteria().size(); i++) {
            GateCriterion criterion = gate.getCriteria().get(i);
            int index = i;
            List<CriterionScore> answers = scores.stream().filter(s -> s.criterionIndex() == index).toList();
            if (criterion.mustMeet()) {
                int met = (int) answers.stream().filter(a -> Boolean.TRUE.equals(a.met())).count();
                results.add(new CriterionResult(i, criterion, met, answers.size() - met, null));
            } else {
                Double average = answers.isEmpty() ? null
                        : answers.stream().mapToInt(CriterionScore::score).average().orElse(0);
                results.add(new CriterionResult(i, criterion, 0, 0, average));
                weightSum += criterion.weight();
                weighted += criterion.weight() * (average == null ? 0 : average);
            }
        }
        Integer score = scorecards == 0 || weightSum == 0 ? null
                : (int) Math.floor(weighted * 10 / weightSum + 0.5 + 1e-9);
        boolean mustMeets = scorecards > 0 && results.stream().allMatch(CriterionResult::met);
        boolean threshold = scorecards > 0 && (score == null ? gate.getPassThreshold() == 0 : score >= gate.getPassThreshold());
        return new Result(scorecards, List.copyOf(results), score, gate.getPassThreshold(), mustMeets, threshold,
                mustMeets && threshold);
    }
}

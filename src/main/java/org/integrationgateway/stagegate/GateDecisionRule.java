package org.integrationgateway.stagegate;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.integrationgateway.shared.RuleViolationException;

/**
 * Who may record a gate decision and which decision is valid, per the template's {@link DecisionRule}:
 * <ul>
 *   <li>CHAIR: only the review's chair decides, and may take any decision;</li>
 *   <li>MAJORITY: the decision must be the recommendation of more than half of the review's gatekeepers (counting
 *       all named gatekeepers, so a gatekeeper who has not scored counts against every decision); the chair, or an
 *       administrator or PMO, records it.</li>
 * </ul>
 */
public final class GateDecisionRule {

    public boolean mayDecide(DecisionRule rule, Long deciderPerson, boolean administratorOrPmo, long chair) {
        boolean isChair = deciderPerson != null && deciderPerson == chair;
        return switch (rule) {
            case CHAIR -> isChair;
            case MAJORITY -> isChair || administratorOrPmo;
        };
    }

    /** The decision more than half of {@code gatekeepers} recommended, if there is one. */
    public Optional<Decision> majority(Map<Long, Decision> recommendations, Collection<Long> gatekeepers) {
        Map<Decision, Long> votes = recommendations.entrySet().stream().filter(e -> gatekeepers.contains(e.getKey()))
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
        return votes.entrySet().stream().filter(e -> e.getValue() * 2 > gatekeepers.size()).map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * @throws RuleViolationException under MAJORITY when {@code decision} is not the majority's recommendation
     */
    public void check(DecisionRule rule, Decision decision, Map<Long, Decision> recommendations,
                      Collection<Long> gatekeepers) {
        if (rule != DecisionRule.MAJORITY) {
            return;
        }
        Optional<Decision> majority = majority(recommendations, gatekeepers);
        if (majority.isEmpty()) {
            throw new RuleViolationException("no-majority", "decision", "This gate is decided by majority, and no "
                    + "decision has been recommended by more than half of the " + gatekeepers.size() + " gatekeepers yet.");
        }
        if (majority.get() != decision) {
            throw new RuleViolationException("not-the-majority", "decision", "This gate is decided by majority, and "
                    + "the majority of the gatekeepers recommended " + majority.get() + ", not " + decision + ".");
        }
    }

    static Map<Long, Decision> recommendations(Map<Long, Scorecard> scorecards) {
        return scorecards.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().recommendation(), (a, b) -> a));
    }
}

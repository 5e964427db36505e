package org.integrationgateway.stagegate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.stagegate.spi.AgendaItem;

/**
 * A gate review as its page and API show it: the gate, the gatekeepers' scorecards, the combined result of
 * {@link GatePassPolicy}, the agenda, and the decision once taken. {@code names} maps person ids to names.
 */
public record ReviewView(GateReview review, Project project, ProjectLifecycle lifecycle, TemplateStage gate,
                         boolean lastGate, DecisionRule decisionRule, List<ScorecardView> scorecards,
                         GatePassPolicy.Result result, Optional<Decision> majority, List<String> missingLiaisons,
                         List<AgendaItem> agenda, GateDecision decision, Map<Long, String> names) {

    public record ScorecardView(long gatekeeper, String name, Scorecard card, List<CriterionScore> scores) {

        public boolean submitted() {
            return card != null;
        }
    }

    public String name(long personId) {
        return names.getOrDefault(personId, "Person " + personId);
    }

    /** A first-gate GO also requires a marketing and a sales liaison; empty when the rule is met or does not apply. */
    public boolean liaisonsMissing() {
        return !missingLiaisons.isEmpty();
    }
}

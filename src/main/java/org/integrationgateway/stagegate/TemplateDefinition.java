package org.integrationgateway.stagegate;

import java.util.List;

/** The content of a template revision as PMO enters it; {@link ProcessTemplate#check} validates it. */
public record TemplateDefinition(String name, String description, DecisionRule decisionRule, List<StageDefinition> stages) {

    public record StageDefinition(String name, String description, String gateName, int passThreshold,
                                  List<CriterionDefinition> criteria, List<DeliverableDefinition> deliverables) {
    }

    public record CriterionDefinition(CriterionKind kind, String name, String description, int weight) {
    }

    public record DeliverableDefinition(String name, String description) {
    }
}

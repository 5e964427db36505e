package org.integrationgateway.stagegate;

import org.springframework.data.relational.core.mapping.Table;

/** A criterion of a gate: must-meet (weight 0) or should-meet (weight 1..10). */
@Table("gate_criterion")
public record GateCriterion(CriterionKind kind, String name, String description, int weight) {

    public boolean mustMeet() {
        return kind == CriterionKind.MUST_MEET;
    }
}

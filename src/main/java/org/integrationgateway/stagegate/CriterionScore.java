package org.integrationgateway.stagegate;

import org.springframework.data.relational.core.mapping.Table;

/** A gatekeeper's answer to one criterion: {@code met} for a must-meet, {@code score} 0–10 for a should-meet. */
@Table("criterion_score")
public record CriterionScore(long gatekeeper, int criterionIndex, Boolean met, Integer score, String comment) {
}

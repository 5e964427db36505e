package org.integrationgateway.stagegate;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** The head of one gatekeeper's scorecard; the per-criterion answers are {@link CriterionScore}s of the review. */
@Table("scorecard")
public record Scorecard(Decision recommendation, String comment, Instant scoredAt) {
}

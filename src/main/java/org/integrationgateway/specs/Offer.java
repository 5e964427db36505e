package org.integrationgateway.specs;

import java.time.Instant;
import java.util.List;

/**
 * What a project can sell today: the priced options of its latest baseline ({@code baselineId} null and no options
 * while it has none). Options without a price are not offered, since a quote needs one.
 */
public record Offer(long projectId, Long baselineId, String baselineName, Instant frozenAt, List<OfferOption> options) {
}

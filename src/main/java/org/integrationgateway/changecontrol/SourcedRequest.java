package org.integrationgateway.changecontrol;

import java.time.Instant;

/**
 * A change request as the module behind its source lists it (e.g. the customer portal listing the requests raised
 * on an order): no impact, costs, votes or comments.
 */
public record SourcedRequest(long id, String key, String title, ChangeState state, Instant raisedAt, Origin origin) {
}

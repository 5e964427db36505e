package org.integrationgateway.acceptance;

import java.time.Instant;

/** The change request that defect {@code defect} (from 1) of rejection {@code acceptanceId} raised, by whom, when. */
public record DefectChange(long acceptanceId, int defect, long changeRequestId, String raisedBy, Instant raisedAt) {
}

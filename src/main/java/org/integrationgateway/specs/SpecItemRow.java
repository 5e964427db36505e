package org.integrationgateway.specs;

import java.time.Instant;

/** A spec item as lists show it, read in one query. */
public record SpecItemRow(long id, long projectId, String itemKey, int number, String title, String category,
                          ItemPriority priority, ItemStatus status, int currentRevision, boolean baselined,
                          Instant revisedAt, long version) {
}

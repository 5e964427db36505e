package org.integrationgateway.specs;

import org.springframework.data.relational.core.mapping.Table;

/** One item of a baseline: the item, its key and the revision (id and number) frozen. */
@Table("baseline_entry")
public record BaselineEntry(long specItem, String itemKey, long itemRevision, int revision) {
}

package org.integrationgateway.specs;

import java.util.List;

/** Two revisions of an item and the fields that differ between them (empty when they are the same). */
public record RevisionComparison(SpecItem item, ItemRevision from, ItemRevision to, List<FieldDiff> changes) {
}

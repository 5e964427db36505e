package org.integrationgateway.specs;

import java.util.List;

/**
 * What changed from baseline {@code from} to baseline {@code to}: items added (their revision in {@code to}),
 * removed (their revision in {@code from}), and changed (both revisions, the field diffs and the change requests
 * the newer revisions implement), each by item key.
 */
public record BaselineComparison(Baseline from, Baseline to, List<ItemRevision> added, List<ItemRevision> removed,
                                 List<ChangedItem> changed) {

    public record ChangedItem(String itemKey, ItemRevision before, ItemRevision after, List<FieldDiff> changes,
                              List<Long> changeRequests) {
    }
}

package org.integrationgateway.specs;

import java.util.List;

/**
 * "The spec as delivered" for a variant: every item of its baseline with the override applied where there is one,
 * and which overrides are in conflict after a carry-forward.
 */
public record DeliveredSpec(Variant variant, Baseline baseline, List<Item> items) {

    /**
     * One item as delivered: the baseline's revision, the effective title/body/acceptance criterion, whether it is
     * overridden, and whether the override is in conflict (made against revision {@code overrideBaseRevision}).
     */
    public record Item(String itemKey, ItemRevision baselineRevision, String title, String body,
                       String acceptanceCriterion, boolean overridden, boolean conflict, Integer overrideBaseRevision,
                       String overrideReason) {
    }

    public long conflicts() {
        return items.stream().filter(Item::conflict).count();
    }
}

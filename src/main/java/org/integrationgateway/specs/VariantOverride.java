package org.integrationgateway.specs;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A delta of a variant: for one item, the fields that differ for this customer or order (null keeps the baseline's),
 * made against revision {@code baseRevision} of the item. {@code conflict} is set when the variant was carried forward
 * to a baseline holding another revision of the item, until someone resolves it.
 */
@Table("variant_override")
public record VariantOverride(long specItem, String itemKey, int baseRevision, String title, String body,
                              String acceptanceCriterion, String reason, boolean conflict) {
}

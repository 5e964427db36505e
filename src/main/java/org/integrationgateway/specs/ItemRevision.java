package org.integrationgateway.specs;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One revision of a spec item, never changed once written: its number, full content, who wrote it when and why,
 * and the change request it implements (null for edits before the item was baselined).
 */
@Table("spec_item_revision")
public record ItemRevision(@Id Long id, long specItem, long project, String itemKey, int revision, String title,
                           String body, String category, ItemPriority priority, String acceptanceCriterion,
                           ItemStatus status, BigDecimal optionPrice, String optionCurrency, Integer leadTimeDays,
                           Long author, String authorName, Instant revisedAt, String reason, Long changeRequest) {

    public ItemContent content() {
        return new ItemContent(title, body, category, priority, acceptanceCriterion, status, optionPrice,
                optionCurrency, leadTimeDays);
    }

    /** e.g. {@code SPEC-14 r3}. */
    public String label() {
        return itemKey + " r" + revision;
    }
}

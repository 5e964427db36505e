package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a requester writes when raising or editing a change request. {@code targetStage} is the stage index whose
 * gate the change is to be decided or injected at (null: the current gate). {@code revenueAtStake} (with its
 * currency) is what a sale depends on the change, for sales-originated requests.
 */
public record ChangeRequestDraft(String title, String description, Origin origin, SourceReference source,
                                 Priority priority, ChangeClass changeClass, Integer targetStage,
                                 List<SpecItemRef> affectedItems, List<AttachmentLink> links,
                                 BigDecimal revenueAtStake, String revenueCurrency) {
}

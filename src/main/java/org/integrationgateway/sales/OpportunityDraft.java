package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a person types for an opportunity, unchecked. {@code stage} only counts on creation (default PROSPECT; later
 * moves go through {@link StageMove}); {@code probability} null takes the stage's default; {@code ownerId} null keeps
 * the owner (on creation: the signed-in sales rep).
 */
public record OpportunityDraft(Long customerId, Long contactId, String title, OpportunityStage stage, BigDecimal value,
                               String currency, Integer probability, LocalDate expectedClose, Long ownerId,
                               List<Long> projectIds) {
}

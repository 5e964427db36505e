package org.integrationgateway.sales;

import java.time.LocalDate;

/**
 * A move of an opportunity to {@code stage}: {@code probability} overrides the stage's default (open stages only),
 * {@code lostReason} is required for LOST, {@code expectedClose} replaces the expected close date (needed to reopen
 * an opportunity whose date has passed).
 */
public record StageMove(OpportunityStage stage, Integer probability, String lostReason, LocalDate expectedClose) {

    public static StageMove to(OpportunityStage stage) {
        return new StageMove(stage, null, null, null);
    }
}

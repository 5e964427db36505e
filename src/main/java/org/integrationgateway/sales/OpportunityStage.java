package org.integrationgateway.sales;

import java.util.Arrays;
import java.util.List;

/**
 * The stages of the pipeline, in order, with the probability an opportunity takes by default when it enters one.
 * The four open stages may be moved between freely; WON and LOST close the opportunity and fix its probability
 * at 100 and 0.
 */
public enum OpportunityStage {
    PROSPECT(10), QUALIFIED(25), PROPOSAL(50), NEGOTIATION(75), WON(100), LOST(0);

    /** The open stages, in board order. */
    public static final List<OpportunityStage> OPEN = Arrays.stream(values()).filter(OpportunityStage::isOpen).toList();

    private final int defaultProbability;

    OpportunityStage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    public int defaultProbability() {
        return defaultProbability;
    }

    public boolean isOpen() {
        return this != WON && this != LOST;
    }

    public boolean isClosed() {
        return !isOpen();
    }

    /** The next open stage, WON after NEGOTIATION, or null for a closed stage. */
    public OpportunityStage next() {
        return isOpen() ? values()[ordinal() + 1] : null;
    }
}

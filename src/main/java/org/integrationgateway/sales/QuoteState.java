package org.integrationgateway.sales;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a quote. While it is being built it is DRAFT (no lines yet, or a customisation that was not feasible
 * still to be removed or reworded), AWAITING_ANSWERS (a customisation's change request is not decided yet) or READY
 * (every line priced and feasible); the state among these three follows from the lines. READY → ACCEPTED by the
 * customer on the spot → ORDERED when booked. DECLINED by the customer, EXPIRED past its date; both end it.
 */
public enum QuoteState {
    DRAFT, AWAITING_ANSWERS, READY, ACCEPTED, ORDERED, DECLINED, EXPIRED;

    /** The states in which lines are added, removed and reworded. */
    public static final Set<QuoteState> BEING_BUILT = Collections.unmodifiableSet(EnumSet.of(DRAFT, AWAITING_ANSWERS,
            READY));

    public boolean beingBuilt() {
        return BEING_BUILT.contains(this);
    }

    public boolean ended() {
        return this == ORDERED || this == DECLINED || this == EXPIRED;
    }
}

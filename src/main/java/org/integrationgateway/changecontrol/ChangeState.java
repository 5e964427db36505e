package org.integrationgateway.changecontrol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a change request. DRAFT → SUBMITTED → UNDER_ASSESSMENT → AWAITING_DECISION → APPROVED / REJECTED /
 * DEFERRED → (APPROVED) IMPLEMENTED → VERIFIED → CLOSED; WITHDRAWN by the requester before a decision. A DEFERRED
 * request waits for the later gate it was deferred to and is decided again there.
 */
public enum ChangeState {
    DRAFT, SUBMITTED, UNDER_ASSESSMENT, AWAITING_DECISION, APPROVED, REJECTED, DEFERRED, IMPLEMENTED, VERIFIED,
    CLOSED, WITHDRAWN;

    /** States in which the board may still decide: nothing has been decided yet, or the decision was deferral. */
    public static final Set<ChangeState> DECIDABLE = Collections.unmodifiableSet(EnumSet.of(AWAITING_DECISION,
            DEFERRED));

    /** States before any decision, from which the requester may withdraw. */
    public static final Set<ChangeState> BEFORE_DECISION = Collections.unmodifiableSet(EnumSet.of(DRAFT, SUBMITTED,
            UNDER_ASSESSMENT, AWAITING_DECISION));

    /** States of a request that still needs someone's attention (not ended, not approved-and-done). */
    public static final Set<ChangeState> OPEN = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, UNDER_ASSESSMENT,
            AWAITING_DECISION, DEFERRED, APPROVED, IMPLEMENTED, VERIFIED));

    public boolean decidable() {
        return DECIDABLE.contains(this);
    }
}

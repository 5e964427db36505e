package org.integrationgateway.stagegate;

/** Who takes a gate decision, set per template; {@link GateDecisionRule} applies it. */
public enum DecisionRule {
    /** The review's chair decides. */
    CHAIR,
    /** The decision is the one recommended by more than half of the review's gatekeepers. */
    MAJORITY
}

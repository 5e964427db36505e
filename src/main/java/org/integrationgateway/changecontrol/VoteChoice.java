package org.integrationgateway.changecontrol;

/** A board member's vote, and equally the outcome of a decision. */
public enum VoteChoice {
    APPROVE, REJECT, DEFER;

    public ChangeState outcomeState() {
        return switch (this) {
            case APPROVE -> ChangeState.APPROVED;
            case REJECT -> ChangeState.REJECTED;
            case DEFER -> ChangeState.DEFERRED;
        };
    }
}

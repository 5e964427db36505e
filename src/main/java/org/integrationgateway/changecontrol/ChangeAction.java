package org.integrationgateway.changecontrol;

import static org.integrationgateway.changecontrol.ChangeState.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything that can be done to a change request, with the states it may be done in and the roles permitted to do
 * it: the transition table, checked by {@link ChangeRequest} (which adds the rules that depend on more than the
 * state, e.g. an emergency change may be decided before its assessment is complete).
 */
public enum ChangeAction {
    EDIT(EnumSet.of(DRAFT), EnumSet.of(ChangeRole.REQUESTER)),
    SUBMIT(EnumSet.of(DRAFT), EnumSet.of(ChangeRole.REQUESTER)),
    START_ASSESSMENT(EnumSet.of(SUBMITTED), EnumSet.of(ChangeRole.ASSESSOR)),
    ASSESS(EnumSet.of(SUBMITTED, UNDER_ASSESSMENT), EnumSet.of(ChangeRole.ASSESSOR)),
    COMPLETE_ASSESSMENT(EnumSet.of(UNDER_ASSESSMENT), EnumSet.of(ChangeRole.ASSESSOR)),
    VOTE(EnumSet.of(AWAITING_DECISION, DEFERRED), EnumSet.of(ChangeRole.BOARD_MEMBER)),
    DECIDE(EnumSet.of(AWAITING_DECISION, DEFERRED), EnumSet.of(ChangeRole.APPROVER, ChangeRole.GATE_DECIDER,
            ChangeRole.MEETING_DECIDER)),
    IMPLEMENT(EnumSet.of(APPROVED), EnumSet.of(ChangeRole.ASSESSOR)),
    VERIFY(EnumSet.of(IMPLEMENTED), EnumSet.of(ChangeRole.VERIFIER)),
    CLOSE(EnumSet.of(VERIFIED, REJECTED), EnumSet.of(ChangeRole.PROJECT_MANAGER)),
    WITHDRAW(EnumSet.copyOf(ChangeState.BEFORE_DECISION), EnumSet.of(ChangeRole.REQUESTER));

    /** Emergency changes may be voted on and decided as soon as they are submitted: the stage waits for them. */
    static final Set<ChangeState> EMERGENCY_DECIDABLE = Collections.unmodifiableSet(EnumSet.of(SUBMITTED,
            UNDER_ASSESSMENT, AWAITING_DECISION, DEFERRED));

    private final Set<ChangeState> from;
    private final Set<ChangeRole> permitted;

    ChangeAction(Set<ChangeState> from, Set<ChangeRole> permitted) {
        this.from = Collections.unmodifiableSet(from);
        this.permitted = Collections.unmodifiableSet(permitted);
    }

    /** The states this action may be taken in, for a change request of class {@code changeClass}. */
    public Set<ChangeState> from(ChangeClass changeClass) {
        if (changeClass == ChangeClass.EMERGENCY && (this == VOTE || this == DECIDE)) {
            return EMERGENCY_DECIDABLE;
        }
        return from;
    }

    public Set<ChangeRole> permitted() {
        return permitted;
    }

    /** The action's name as people read it, e.g. "complete the assessment". */
    public String phrase() {
        return switch (this) {
            case EDIT -> "edit";
            case SUBMIT -> "submit";
            case START_ASSESSMENT -> "start assessing";
            case ASSESS -> "assess";
            case COMPLETE_ASSESSMENT -> "complete the assessment of";
            case VOTE -> "vote on";
            case DECIDE -> "decide";
            case IMPLEMENT -> "mark as implemented";
            case VERIFY -> "verify";
            case CLOSE -> "close";
            case WITHDRAW -> "withdraw";
        };
    }
}

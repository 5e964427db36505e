package org.integrationgateway.changecontrol;

/**
 * What a person is with respect to one change request; computed by {@link ChangeControlPermissions} from the
 * project's matrix, its board and the request itself, and checked by the aggregate's transitions.
 * <ul>
 * <li>REQUESTER: raised the request.</li>
 * <li>PROJECT_MEMBER: currently assigned to the project in any role, or its manager.</li>
 * <li>PROJECT_MANAGER: manages the project.</li>
 * <li>ASSESSOR: the project manager or an engineer on the project.</li>
 * <li>BOARD_MEMBER: on the project's change control board.</li>
 * <li>APPROVER: the board's named approver under the single-approver rule.</li>
 * <li>GATE_DECIDER: may decide the gate review the request is brought to.</li>
 * <li>MEETING_DECIDER: records the board's decision in a meeting of the project that the board's rule allows to decide
 * (see {@link ChangeControl#decideInMeeting}).</li>
 * <li>VERIFIER: the project manager, or quality or engineering staff on the project.</li>
 * </ul>
 */
public enum ChangeRole {
    REQUESTER, PROJECT_MEMBER, PROJECT_MANAGER, ASSESSOR, BOARD_MEMBER, APPROVER, GATE_DECIDER, MEETING_DECIDER, VERIFIER
}

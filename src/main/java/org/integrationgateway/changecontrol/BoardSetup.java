package org.integrationgateway.changecontrol;

import java.util.List;

/** A board as the project manager sets it up: members, rule, quorum (MAJORITY) or approver (SINGLE_APPROVER), targets. */
public record BoardSetup(List<Long> memberIds, BoardRule rule, Integer quorum, Long approverId,
                         ResponseTarget standardTarget, ResponseTarget normalTarget, ResponseTarget emergencyTarget) {
}

package org.integrationgateway.changecontrol;

import java.time.Duration;
import java.time.Instant;

/**
 * A change request waiting for the decision of a board the person sits on: when it is due under the board's
 * response target, the time left (negative when overdue) and whether the person has voted in the current round.
 */
public record DecisionQueueEntry(ChangeLogEntry request, String projectCode, Instant dueAt, Duration timeLeft,
                                 boolean overdue, boolean voted) {
}

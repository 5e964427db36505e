package org.integrationgateway.changecontrol;

import java.util.Map;

/**
 * A project's change requests by state, for its page: how many are open (submitted up to verified), awaiting a
 * decision, and emergencies holding the project interrupted.
 */
public record ChangeCounts(long total, long open, long awaitingDecision, long openEmergencies, Map<ChangeState, Long> byState) {
}

package org.integrationgateway.stagegate.events;

import java.time.LocalDate;
import java.util.List;

/** A gate review: which project's gate, when, who keeps the gate and who chairs. */
public record ReviewSnapshot(long reviewId, long projectId, int stageIndex, String gateName, LocalDate scheduledOn,
                             long chairId, List<Long> gatekeeperIds, String state) {
}

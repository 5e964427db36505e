package org.integrationgateway.stagegate.spi;

import java.time.LocalDate;

/** The gate review an agenda is built for: the project, the stage the gate closes (0-based) and the review date. */
public record GateContext(long projectId, long reviewId, int stageIndex, String stageName, String gateName,
                          LocalDate scheduledOn) {
}

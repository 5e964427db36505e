package org.integrationgateway.portfolio.events;

import java.time.LocalDate;

/** A matrix assignment as recorded in audit entries and events; {@code projectRole} is the role name. */
public record AssignmentSnapshot(Long id, long projectId, long personId, String projectRole, int allocationPercent,
                                 LocalDate startDate, LocalDate endDate) {
}

package org.integrationgateway.portfolio;

import java.time.LocalDate;

/** A matrix assignment with the names people need to read it: project, person and their department. */
public record AssignmentView(long id, long projectId, String projectCode, String projectName, long personId,
                             String personName, String departmentName, ProjectRole projectRole, int allocationPercent,
                             LocalDate startDate, LocalDate endDate, long version) {
}

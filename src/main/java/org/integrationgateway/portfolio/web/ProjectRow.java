package org.integrationgateway.portfolio.web;

import java.time.LocalDate;
import org.integrationgateway.portfolio.ProjectStatus;

/** A project in a list, with the names of its program and manager. */
public record ProjectRow(long id, String code, String name, Long programId, String programCode, String programName,
                         long managerId, String managerName, ProjectStatus status, LocalDate startDate,
                         LocalDate endDate, long version) {
}

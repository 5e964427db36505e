package org.integrationgateway.portfolio;

import java.time.LocalDate;

/** What a person enters to create or change a project; {@code programId} may be null. */
public record ProjectDetails(String code, String name, String description, Long programId, long managerId,
                             ProjectStatus status, LocalDate startDate, LocalDate endDate) {
}

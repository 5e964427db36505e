package org.integrationgateway.portfolio.events;

import java.time.LocalDate;

/** A project as recorded in audit entries and events; {@code status} is the status name. */
public record ProjectSnapshot(Long id, String code, String name, String description, Long programId, long managerId,
                              String status, LocalDate startDate, LocalDate endDate) {
}

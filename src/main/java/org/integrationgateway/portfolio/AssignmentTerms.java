package org.integrationgateway.portfolio;

import java.time.LocalDate;
import java.util.Objects;

/** The changeable part of a matrix assignment: role, share of time and period (both dates inclusive). */
public record AssignmentTerms(ProjectRole projectRole, int allocationPercent, LocalDate startDate, LocalDate endDate) {

    public AssignmentTerms {
        Objects.requireNonNull(projectRole, "projectRole");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }
}

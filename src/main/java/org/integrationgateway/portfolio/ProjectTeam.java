package org.integrationgateway.portfolio;

import java.time.LocalDate;
import java.util.List;

/** A project's manager and its matrix assignments, as permission checks need them (see {@link ProjectMatrix#team}). */
public record ProjectTeam(long projectId, long managerId, List<Member> members) {

    public ProjectTeam {
        members = List.copyOf(members);
    }

    /** One assignment: who, in which role, from when to when (both inclusive). */
    public record Member(long personId, ProjectRole projectRole, LocalDate startDate, LocalDate endDate) {
    }
}

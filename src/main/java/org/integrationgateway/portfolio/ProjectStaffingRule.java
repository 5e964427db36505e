package org.integrationgateway.portfolio;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project needs at least one marketing liaison and one sales liaison whose assignment has not ended, so that
 * marketing and sales sit in the project. While one is missing the project shows a warning; the stage gates
 * make the same rule a must-meet criterion of the first gate.
 */
public final class ProjectStaffingRule {

    /** The roles the rule requires, in the order warnings are listed. */
    public static final List<ProjectRole> REQUIRED_ROLES = List.of(ProjectRole.MARKETING_LIAISON, ProjectRole.SALES_LIAISON);

    /** One missing role, with a stable {@code code} and a sentence for people. */
    public record StaffingWarning(String code, ProjectRole missingRole, String message) {
    }

    /** The outcome for one project: no warnings means the rule is met. */
    public record Assessment(List<StaffingWarning> warnings) {

        public boolean satisfied() {
            return warnings.isEmpty();
        }

        public Set<ProjectRole> missingRoles() {
            return warnings.stream().map(StaffingWarning::missingRole).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** Assesses a project's matrix on {@code today}; assignments that ended before today do not count. */
    public Assessment assess(Collection<MatrixAssignment> matrix, LocalDate today) {
        Set<ProjectRole> staffed = matrix.stream()
                .filter(assignment -> assignment.isCurrentOrFutureOn(today))
                .map(MatrixAssignment::getProjectRole)
                .collect(Collectors.toSet());
        return new Assessment(REQUIRED_ROLES.stream().filter(role -> !staffed.contains(role)).map(this::warning).toList());
    }

    private StaffingWarning warning(ProjectRole role) {
        return switch (role) {
            case MARKETING_LIAISON -> new StaffingWarning("missing-marketing-liaison", role,
                    "This project has no marketing liaison: marketing has no voice in it until one is assigned.");
            case SALES_LIAISON -> new StaffingWarning("missing-sales-liaison", role,
                    "This project has no sales liaison: sales has no voice in it until one is assigned.");
            default -> throw new IllegalArgumentException("Not a required role: " + role);
        };
    }
}

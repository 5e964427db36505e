package org.integrationgateway.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectStaffingRuleTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    private final ProjectStaffingRule rule = new ProjectStaffingRule();

    private static MatrixAssignment assignment(ProjectRole role, String end) {
        return MatrixAssignment.assign(1, 2, new AssignmentTerms(role, 50, LocalDate.parse("2026-01-01"), LocalDate.parse(end)));
    }

    @Test
    void anEmptyMatrixLacksBothLiaisons() {
        var assessment = rule.assess(List.of(), TODAY);
        assertThat(assessment.satisfied()).isFalse();
        assertThat(assessment.warnings()).extracting(ProjectStaffingRule.StaffingWarning::code)
                .containsExactly("missing-marketing-liaison", "missing-sales-liaison");
    }

    @Test
    void warnsAboutTheMissingSalesLiaisonOnly() {
        var assessment = rule.assess(List.of(assignment(ProjectRole.MARKETING_LIAISON, "2027-01-01"),
                assignment(ProjectRole.ENGINEER, "2027-01-01")), TODAY);
        assertThat(assessment.missingRoles()).containsExactly(ProjectRole.SALES_LIAISON);
        assertThat(assessment.warnings().get(0).message()).contains("sales liaison");
    }

    @Test
    void isSatisfiedWithBothLiaisons() {
        var assessment = rule.assess(List.of(assignment(ProjectRole.MARKETING_LIAISON, "2027-01-01"),
                assignment(ProjectRole.SALES_LIAISON, "2026-11-26")), TODAY);
        assertThat(assessment.satisfied()).isTrue();
        assertThat(assessment.warnings()).isEmpty();
    }

    @Test
    void aLiaisonWhoseAssignmentEndedDoesNotCount() {
        var assessment = rule.assess(List.of(assignment(ProjectRole.MARKETING_LIAISON, "2026-11-25"),
                assignment(ProjectRole.SALES_LIAISON, "2027-01-01")), TODAY);
        assertThat(assessment.missingRoles()).containsExactly(ProjectRole.MARKETING_LIAISON);
    }

    @Test
    void otherRolesDoNotStandInForLiaisons() {
        var assessment = rule.assess(List.of(assignment(ProjectRole.PROJECT_MANAGER, "2027-01-01"),
                assignment(ProjectRole.GATEKEEPER, "2027-01-01")), TODAY);
        assertThat(assessment.missingRoles()).containsExactlyInAnyOrder(ProjectRole.MARKETING_LIAISON, ProjectRole.SALES_LIAISON);
    }
}

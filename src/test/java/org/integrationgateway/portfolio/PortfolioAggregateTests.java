package org.integrationgateway.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.portfolio.events.MatrixAssignmentChanged;
import org.integrationgateway.portfolio.events.MatrixAssignmentEnded;
import org.integrationgateway.portfolio.events.ProgramChanged;
import org.integrationgateway.portfolio.events.ProjectChanged;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.util.ReflectionTestUtils;

class PortfolioAggregateTests {

    private static ProjectDetails details(ProjectStatus status) {
        return new ProjectDetails("K7", "K7 Packaging Line", null, null, 3, status, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"));
    }

    private static List<Object> events(Object aggregate) {
        @SuppressWarnings("unchecked")
        var events = (java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
        return List.copyOf(events);
    }

    @ParameterizedTest
    @CsvSource({"PROPOSED,ACTIVE", "PROPOSED,CANCELLED", "ACTIVE,ON_HOLD", "ACTIVE,COMPLETED", "ACTIVE,CANCELLED",
            "ON_HOLD,ACTIVE", "ON_HOLD,CANCELLED"})
    void movesAlongTheLifeCycle(ProjectStatus from, ProjectStatus to) {
        Project project = Project.create(details(from));
        project.change(details(to));
        assertThat(project.getStatus()).isEqualTo(to);
        assertThat(events(project)).singleElement().isInstanceOfSatisfying(ProjectChanged.class, changed -> {
            assertThat(changed.previous().status()).isEqualTo(from.name());
            assertThat(changed.project().status()).isEqualTo(to.name());
            assertThat(changed.action()).isEqualTo("changed");
            assertThat(changed.entityType()).isEqualTo("project");
        });
    }

    @ParameterizedTest
    @CsvSource({"PROPOSED,ON_HOLD", "PROPOSED,COMPLETED", "ON_HOLD,COMPLETED", "COMPLETED,ACTIVE", "CANCELLED,PROPOSED",
            "COMPLETED,CANCELLED", "ACTIVE,PROPOSED"})
    void refusesJumpsTheLifeCycleForbids(ProjectStatus from, ProjectStatus to) {
        Project project = Project.create(details(from));
        assertThatThrownBy(() -> project.change(details(to))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot become");
        assertThat(project.getStatus()).isEqualTo(from);
        assertThat(events(project)).isEmpty();
    }

    @Test
    void anUnchangedProjectRegistersNoEvent() {
        Project project = Project.create(details(ProjectStatus.ACTIVE));
        project.change(details(ProjectStatus.ACTIVE));
        assertThat(events(project)).isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        var backwards = new ProjectDetails("K7", "K7", null, null, 3, ProjectStatus.ACTIVE, LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-01-31"));
        assertThatThrownBy(() -> Project.create(backwards)).isInstanceOf(InvalidRequestException.class)
                .extracting("field").isEqualTo("endDate");
    }

    @Test
    void programChangesAreRecordedWithBeforeAndAfter() {
        Program program = Program.create(" PKG ", "Packaging", " ");
        assertThat(program.getCode()).isEqualTo("PKG");
        assertThat(program.getDescription()).isNull();
        program.change("PKG", "Packaging lines", "All lines");
        assertThat(events(program)).singleElement().isInstanceOfSatisfying(ProgramChanged.class, changed -> {
            assertThat(changed.before()).extracting("name").isEqualTo("Packaging");
            assertThat(changed.after()).extracting("name").isEqualTo("Packaging lines");
        });
    }

    @Test
    void assignmentsCheckTheirTermsAndRecordChanges() {
        var terms = new AssignmentTerms(ProjectRole.ENGINEER, 50, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
        MatrixAssignment assignment = MatrixAssignment.assign(1, 2, terms);
        assertThatThrownBy(() -> assignment.change(new AssignmentTerms(ProjectRole.ENGINEER, 0, terms.startDate(), terms.endDate())))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("allocationPercent");
        assertThatThrownBy(() -> assignment.change(new AssignmentTerms(ProjectRole.ENGINEER, 101, terms.startDate(), terms.endDate())))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> assignment.change(new AssignmentTerms(ProjectRole.ENGINEER, 50, terms.endDate(), terms.startDate())))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("endDate");
        assertThat(events(assignment)).isEmpty();

        assignment.change(new AssignmentTerms(ProjectRole.DESIGNER, 40, terms.startDate(), terms.endDate()));
        assignment.end();
        assertThat(events(assignment)).hasSize(2);
        assertThat(events(assignment).get(0)).isInstanceOf(MatrixAssignmentChanged.class);
        assertThat(events(assignment).get(1)).isInstanceOfSatisfying(MatrixAssignmentEnded.class, ended -> {
            assertThat(ended.after()).isNull();
            assertThat(ended.before()).extracting("projectRole").isEqualTo("DESIGNER");
        });
    }
}

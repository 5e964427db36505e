package org.integrationgateway.portfolio;

import org.integrationgateway.shared.CalendarRange;

import java.time.LocalDate;
import java.util.Objects;
import org.integrationgateway.portfolio.events.AssignmentSnapshot;
import org.integrationgateway.portfolio.events.MatrixAssignmentChanged;
import org.integrationgateway.portfolio.events.MatrixAssignmentEnded;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person working on one project in a project role, for a share of their time (1..100 %) over a period
 * (start and end inclusive). The person and project never change; the allocation limit across projects is
 * {@link AllocationPolicy}'s concern, checked by the application service before saving.
 */
@Table("matrix_assignment")
public class MatrixAssignment extends AbstractAggregateRoot<MatrixAssignment> {

    @Id
    private Long id;
    private long project;
    private long person;
    private ProjectRole projectRole;
    private int allocationPercent;
    private LocalDate startDate;
    private LocalDate endDate;
    @Version
    private Long version;

    @PersistenceCreator
    MatrixAssignment(Long id, long project, long person, ProjectRole projectRole, int allocationPercent,
                     LocalDate startDate, LocalDate endDate, Long version) {
        this.id = id;
        this.project = project;
        this.person = person;
        this.projectRole = projectRole;
        this.allocationPercent = allocationPercent;
        this.startDate = startDate;
        this.endDate = endDate;
        this.version = version;
    }

    public static MatrixAssignment assign(long project, long person, AssignmentTerms terms) {
        check(terms);
        return new MatrixAssignment(null, project, person, terms.projectRole(), terms.allocationPercent(),
                terms.startDate(), terms.endDate(), null);
    }

    /** Changes role, allocation or period; registers {@link MatrixAssignmentChanged} if anything changed. */
    public void change(AssignmentTerms terms) {
        check(terms);
        AssignmentSnapshot before = snapshot();
        this.projectRole = terms.projectRole();
        this.allocationPercent = terms.allocationPercent();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        if (!before.equals(snapshot())) {
            registerEvent(new MatrixAssignmentChanged(before, snapshot()));
        }
    }

    /** Ends the assignment; the repository then deletes it and publishes {@link MatrixAssignmentEnded}. */
    public void end() {
        registerEvent(new MatrixAssignmentEnded(snapshot()));
    }

    static void check(AssignmentTerms terms) {
        CalendarRange.check("startDate", terms.startDate());
        CalendarRange.check("endDate", terms.endDate());
        if (terms.allocationPercent() < 1 || terms.allocationPercent() > 100) {
            throw new InvalidRequestException("allocationPercent", "The allocation must be between 1 and 100 %.");
        }
        if (terms.endDate().isBefore(terms.startDate())) {
            throw new InvalidRequestException("endDate", "The end date must not be before the start date.");
        }
    }

    public boolean isCurrentOrFutureOn(LocalDate day) {
        return !endDate.isBefore(day);
    }

    public AssignmentSnapshot snapshot() {
        return new AssignmentSnapshot(id, project, person, projectRole.name(), allocationPercent, startDate, endDate);
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public long getPerson() {
        return person;
    }

    public ProjectRole getProjectRole() {
        return projectRole;
    }

    public int getAllocationPercent() {
        return allocationPercent;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatrixAssignment assignment && id != null && Objects.equals(id, assignment.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

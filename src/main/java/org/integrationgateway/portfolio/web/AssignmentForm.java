package org.integrationgateway.portfolio.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.integrationgateway.portfolio.AssignmentTerms;
import org.integrationgateway.portfolio.AssignmentView;
import org.integrationgateway.portfolio.ProjectRole;
import org.springframework.format.annotation.DateTimeFormat;

/** The matrix assignment form; the person is chosen only when adding, {@code version} only matters when editing. */
public class AssignmentForm {

    private Long personId;
    @NotNull
    private ProjectRole projectRole;
    @NotNull
    @Min(1)
    @Max(100)
    private Integer allocationPercent;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private Long version;

    static AssignmentForm of(AssignmentView assignment) {
        AssignmentForm form = new AssignmentForm();
        form.personId = assignment.personId();
        form.projectRole = assignment.projectRole();
        form.allocationPercent = assignment.allocationPercent();
        form.startDate = assignment.startDate();
        form.endDate = assignment.endDate();
        form.version = assignment.version();
        return form;
    }

    AssignmentTerms terms() {
        return new AssignmentTerms(projectRole, allocationPercent, startDate, endDate);
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public ProjectRole getProjectRole() {
        return projectRole;
    }

    public void setProjectRole(ProjectRole projectRole) {
        this.projectRole = projectRole;
    }

    public Integer getAllocationPercent() {
        return allocationPercent;
    }

    public void setAllocationPercent(Integer allocationPercent) {
        this.allocationPercent = allocationPercent;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

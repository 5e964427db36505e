package org.integrationgateway.portfolio.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.ProjectDetails;
import org.integrationgateway.portfolio.ProjectStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The project form; {@code version} is the one the edit started from. */
public class ProjectForm {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE)
    private String code;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 4000)
    private String description;
    private Long programId;
    @NotNull
    private Long managerId;
    @NotNull
    private ProjectStatus status = ProjectStatus.PROPOSED;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private Long version;

    static ProjectForm of(Project project) {
        ProjectForm form = new ProjectForm();
        form.code = project.getCode();
        form.name = project.getName();
        form.description = project.getDescription();
        form.programId = project.getProgram();
        form.managerId = project.getManager();
        form.status = project.getStatus();
        form.startDate = project.getStartDate();
        form.endDate = project.getEndDate();
        form.version = project.getVersion();
        return form;
    }

    ProjectDetails details() {
        return new ProjectDetails(code, name, description, programId, managerId, status, startDate, endDate);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
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

package org.integrationgateway.portfolio;

import org.integrationgateway.shared.CalendarRange;

import java.time.LocalDate;
import java.util.Objects;
import org.integrationgateway.portfolio.events.ProjectChanged;
import org.integrationgateway.portfolio.events.ProjectSnapshot;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project: unique code, optional program, a manager (a person id of the organisation) and a status that moves
 * only along {@link ProjectStatus#next()}. The end date, when both are set, is not before the start date.
 */
@Table("project")
public class Project extends AbstractAggregateRoot<Project> {

    @Id
    private Long id;
    private String code;
    private String name;
    private String description;
    private Long program;
    private long manager;
    private ProjectStatus status;
    private LocalDate startDate;
    private LocalDate endDate;
    @Version
    private Long version;

    @PersistenceCreator
    Project(Long id, String code, String name, String description, Long program, long manager, ProjectStatus status,
            LocalDate startDate, LocalDate endDate, Long version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.description = description;
        this.program = program;
        this.manager = manager;
        this.status = status;
        this.startDate = startDate;
        this.endDate = endDate;
        this.version = version;
    }

    /** A new project in any status (an existing portfolio may be recorded as it is). */
    public static Project create(ProjectDetails details) {
        checkDates(details.startDate(), details.endDate());
        return new Project(null, details.code().trim(), details.name().trim(), Program.blankToNull(details.description()),
                details.programId(), details.managerId(), details.status(), details.startDate(), details.endDate(), null);
    }

    /**
     * Changes the details and possibly the status; registers {@link ProjectChanged} if anything changed.
     *
     * @throws RuleViolationException if the status may not change to the requested one
     */
    public void change(ProjectDetails details) {
        if (!status.canBecome(details.status())) {
            throw new RuleViolationException("project-status-transition", "status",
                    "A project that is " + label(status) + " cannot become " + label(details.status()) + ".");
        }
        checkDates(details.startDate(), details.endDate());
        ProjectSnapshot before = snapshot();
        this.code = details.code().trim();
        this.name = details.name().trim();
        this.description = Program.blankToNull(details.description());
        this.program = details.programId();
        this.manager = details.managerId();
        this.status = details.status();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        if (!before.equals(snapshot())) {
            registerEvent(new ProjectChanged(before, snapshot()));
        }
    }

    /**
     * Follows the outcome of the project's stage-gate lifecycle (started, held, resumed, killed, completed).
     * Returns false, changing nothing, when the status is already there or may not move there (e.g. a project
     * cancelled by hand stays cancelled); registers {@link ProjectChanged} otherwise.
     */
    public boolean followLifecycle(ProjectStatus target) {
        if (status == target || !status.canBecome(target)) {
            return false;
        }
        ProjectSnapshot before = snapshot();
        this.status = target;
        registerEvent(new ProjectChanged(before, snapshot()));
        return true;
    }

    private static void checkDates(LocalDate start, LocalDate end) {
        CalendarRange.check("startDate", start);
        CalendarRange.check("endDate", end);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidRequestException("endDate", "The end date must not be before the start date.");
        }
    }

    private static String label(ProjectStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    public ProjectSnapshot snapshot() {
        return new ProjectSnapshot(id, code, name, description, program, manager, status.name(), startDate, endDate);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getProgram() {
        return program;
    }

    public long getManager() {
        return manager;
    }

    public ProjectStatus getStatus() {
        return status;
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
        return other instanceof Project project && id != null && Objects.equals(id, project.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

package org.integrationgateway.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.portfolio.events.ProgramCreated;
import org.integrationgateway.portfolio.events.ProjectCreated;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs and projects: listing, creating and changing them. Every change is checked against the stored
 * {@code version} the caller based it on (stale → {@link ConflictException}) and publishes an audited event.
 */
@Service
@Transactional(readOnly = true)
public class Portfolio {

    private final Programs programs;
    private final Projects projects;
    private final JdbcAggregateTemplate aggregates;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;

    Portfolio(Programs programs, Projects projects, JdbcAggregateTemplate aggregates, PersonDirectory people,
              ApplicationEventPublisher events) {
        this.programs = programs;
        this.projects = projects;
        this.aggregates = aggregates;
        this.people = people;
        this.events = events;
    }

    public Page<Program> programs(Pageable pageable) {
        return programs.findAll(pageable);
    }

    /** Every program by code, for choosing one in forms and filters. */
    public List<Program> allPrograms() {
        return programs.findAllByOrderByCodeAsc();
    }

    public Program program(long id) {
        return programs.findById(id).orElseThrow(() -> new NotFoundException("Program", id));
    }

    public Map<Long, Program> programsById(Collection<Long> ids) {
        return programs.findAllById(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Program::getId, Function.identity()));
    }

    @Transactional
    public Program createProgram(String code, String name, String description) {
        if (programs.existsByCodeIgnoreCase(code.trim())) {
            throw duplicateCode("program", code);
        }
        Program program = programs.save(Program.create(code, name, description));
        events.publishEvent(new ProgramCreated(program.snapshot()));
        return program;
    }

    @Transactional
    public Program changeProgram(long id, long version, String code, String name, String description) {
        Program program = program(id);
        checkVersion("Program", program.getVersion(), version);
        if (programs.existsByCodeIgnoreCaseAndIdNot(code.trim(), id)) {
            throw duplicateCode("program", code);
        }
        program.change(code, name, description);
        return programs.save(program);
    }

    public Page<Project> projects(ProjectFilter filter, Pageable pageable) {
        Criteria criteria = Criteria.empty();
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + escapeLike(filter.text().trim()) + "%";
            criteria = criteria.and(Criteria.where("code").like(pattern).ignoreCase(true)
                    .or("name").like(pattern).ignoreCase(true));
        }
        if (filter.programId() != null) {
            criteria = criteria.and(Criteria.where("program").is(filter.programId()));
        }
        if (filter.status() != null) {
            criteria = criteria.and(Criteria.where("status").is(filter.status().name()));
        }
        return aggregates.findAll(Query.query(criteria), Project.class, pageable);
    }

    public Project project(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
    }

    /** The ids of the projects {@code personId} manages. */
    public List<Long> projectsManagedBy(long personId) {
        return projects.findIdsByManager(personId);
    }

    public Map<Long, Project> projectsById(Collection<Long> ids) {
        return projects.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Project::getId, Function.identity()));
    }

    @Transactional
    public Project createProject(ProjectDetails details) {
        checkReferences(details);
        if (projects.existsByCodeIgnoreCase(details.code().trim())) {
            throw duplicateCode("project", details.code());
        }
        Project project = projects.save(Project.create(details));
        events.publishEvent(new ProjectCreated(project.snapshot()));
        return project;
    }

    @Transactional
    public Project changeProject(long id, long version, ProjectDetails details) {
        Project project = project(id);
        checkVersion("Project", project.getVersion(), version);
        checkReferences(details);
        if (projects.existsByCodeIgnoreCaseAndIdNot(details.code().trim(), id)) {
            throw duplicateCode("project", details.code());
        }
        project.change(details);
        return projects.save(project);
    }

    /**
     * Moves a project's status to follow its stage-gate lifecycle. Idempotent: repeating it, or asking for a
     * status the project cannot take, changes nothing and returns false.
     */
    @Transactional
    public boolean followLifecycle(long projectId, ProjectStatus target) {
        Project project = project(projectId);
        if (!project.followLifecycle(target)) {
            return false;
        }
        projects.save(project);
        return true;
    }

    private void checkReferences(ProjectDetails details) {
        if (details.programId() != null && !programs.existsById(details.programId())) {
            throw new InvalidRequestException("programId", "There is no program with id " + details.programId() + ".");
        }
        if (people.find(details.managerId()).isEmpty()) {
            throw new InvalidRequestException("managerId", "There is no person with id " + details.managerId() + ".");
        }
    }

    static void checkVersion(String entity, Long current, long expected) {
        if (current == null || current != expected) {
            throw ConflictException.staleVersion(entity);
        }
    }

    private static ConflictException duplicateCode(String entity, String code) {
        return new ConflictException("duplicate-code", "code", "Another " + entity + " already has the code " + code.trim() + ".");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package org.integrationgateway.portfolio;

import org.integrationgateway.shared.CalendarRange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.events.MatrixAssignmentAdded;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matrix: who works on which project, in which role, how much and until when. Adding or changing an
 * assignment locks the person's allocation row, then checks {@link AllocationPolicy} against what is committed,
 * so concurrent requests for one person cannot together exceed 100 %.
 */
@Service
@Transactional(readOnly = true)
public class ProjectMatrix {

    /** How far the person's load is looked at when no period is given, and the widest period one may ask for. */
    static final int MAX_LOAD_DAYS = 3660;

    private final MatrixAssignments assignments;
    private final Portfolio portfolio;
    private final PersonDirectory people;
    private final AllocationLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AllocationPolicy allocationPolicy = new AllocationPolicy();
    private final ProjectStaffingRule staffingRule = new ProjectStaffingRule();

    ProjectMatrix(MatrixAssignments assignments, Portfolio portfolio, PersonDirectory people, AllocationLocks locks,
                  ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.portfolio = portfolio;
        this.people = people;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ProjectOverview overview(long projectId) {
        Project project = portfolio.project(projectId);
        List<MatrixAssignment> matrix = assignments.findByProjectOrderByStartDateAscIdAsc(projectId);
        Set<Long> personIds = new HashSet<>();
        personIds.add(project.getManager());
        matrix.forEach(assignment -> personIds.add(assignment.getPerson()));
        Map<Long, PersonSummary> persons = people.findAll(personIds);
        Program program = project.getProgram() == null ? null
                : portfolio.programsById(List.of(project.getProgram())).get(project.getProgram());
        List<AssignmentView> views = matrix.stream().map(a -> view(a, project, persons.get(a.getPerson()))).toList();
        return new ProjectOverview(project, program, persons.get(project.getManager()), views,
                staffingRule.assess(matrix, today()));
    }

    /**
     * Who holds which role in the project, for permission checks: its manager and its assignments, without the
     * names, departments and program an {@link #overview} reads (two queries instead of five).
     */
    public ProjectTeam team(long projectId) {
        Project project = portfolio.project(projectId);
        List<ProjectTeam.Member> members = assignments.findByProjectOrderByStartDateAscIdAsc(projectId).stream()
                .map(a -> new ProjectTeam.Member(a.getPerson(), a.getProjectRole(), a.getStartDate(), a.getEndDate()))
                .toList();
        return new ProjectTeam(projectId, project.getManager(), members);
    }

    /** The staffing assessment of a project today (for rules of other modules, e.g. a gate's must-meet criterion). */
    public ProjectStaffingRule.Assessment staffing(long projectId) {
        portfolio.project(projectId);
        return staffingRule.assess(assignments.findByProjectOrderByStartDateAscIdAsc(projectId), today());
    }

    public AssignmentView assignment(long projectId, long assignmentId) {
        MatrixAssignment assignment = load(projectId, assignmentId);
        Project project = portfolio.project(projectId);
        return view(assignment, project, people.find(assignment.getPerson()).orElse(null));
    }

    /** Every assignment of a person (past, current and future), by start date. */
    public List<AssignmentView> assignmentsOf(long personId) {
        PersonSummary person = person(personId, false);
        List<MatrixAssignment> list = assignments.findByPersonOrderByStartDateAscIdAsc(personId);
        Map<Long, Project> projects = portfolio.projectsById(list.stream().map(MatrixAssignment::getProject).toList());
        return list.stream().map(a -> view(a, projects.get(a.getProject()), person)).toList();
    }

    /** The person's load on the days {@code from..to}, by stretch and by month. */
    public PersonLoad load(long personId, LocalDate from, LocalDate to) {
        CalendarRange.check("from", from);
        CalendarRange.check("to", to);
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "'to' must not be before 'from'.");
        }
        if (from.plusDays(MAX_LOAD_DAYS).isBefore(to)) {
            throw new InvalidRequestException("to", "The period may span at most " + MAX_LOAD_DAYS + " days.");
        }
        PersonSummary person = person(personId, false);
        List<AllocationPolicy.Allocation> allocations = allocationsOf(personId, from, to);
        List<AllocationPolicy.LoadSegment> segments = AllocationPolicy.loadBetween(allocations, from, to);
        List<PersonLoad.MonthLoad> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            months.add(new PersonLoad.MonthLoad(month, AllocationPolicy.peakBetween(allocations, first, last)));
        }
        int peak = segments.stream().mapToInt(AllocationPolicy.LoadSegment::percent).max().orElse(0);
        return new PersonLoad(personId, person.fullName(), from, to, peak, segments, months);
    }

    /** The load of the twelve months starting with the current one. */
    public PersonLoad loadOfComingYear(long personId) {
        LocalDate first = today().withDayOfMonth(1);
        return load(personId, first, first.plusMonths(12).minusDays(1));
    }

    @Transactional
    public MatrixAssignment assign(long projectId, long personId, AssignmentTerms terms) {
        portfolio.project(projectId);
        MatrixAssignment.check(terms);
        PersonSummary person = person(personId, true);
        locks.lock(personId);
        allocationPolicy.check(personId, person.fullName(), allocationsOf(personId, terms.startDate(), terms.endDate()),
                new AllocationPolicy.Request(null, terms.allocationPercent(), terms.startDate(), terms.endDate()));
        MatrixAssignment assignment = assignments.save(MatrixAssignment.assign(projectId, personId, terms));
        events.publishEvent(new MatrixAssignmentAdded(assignment.snapshot()));
        return assignment;
    }

    @Transactional
    public MatrixAssignment change(long projectId, long assignmentId, long version, AssignmentTerms terms) {
        MatrixAssignment assignment = load(projectId, assignmentId);
        Portfolio.checkVersion("Assignment", assignment.getVersion(), version);
        MatrixAssignment.check(terms);
        long personId = assignment.getPerson();
        String name = people.find(personId).map(PersonSummary::fullName).orElse("This person");
        locks.lock(personId);
        allocationPolicy.check(personId, name, allocationsOf(personId, terms.startDate(), terms.endDate()),
                new AllocationPolicy.Request(assignmentId, terms.allocationPercent(), terms.startDate(), terms.endDate()));
        assignment.change(terms);
        return assignments.save(assignment);
    }

    /** Ends an assignment by removing it; {@code version}, when given, must be the stored one. */
    @Transactional
    public void end(long projectId, long assignmentId, Long version) {
        MatrixAssignment assignment = load(projectId, assignmentId);
        if (version != null) {
            Portfolio.checkVersion("Assignment", assignment.getVersion(), version);
        }
        assignment.end();
        assignments.delete(assignment);
    }

    /** The person linked to a sign-in account is the manager of the project. */
    public boolean isManagedByAccount(long projectId, long userAccountId) {
        Long manager = portfolio.projectsById(List.of(projectId)).values().stream().map(Project::getManager)
                .findFirst().orElse(null);
        return manager != null && people.findByUserAccount(userAccountId)
                .map(person -> person.id() == manager).orElse(false);
    }

    private MatrixAssignment load(long projectId, long assignmentId) {
        return assignments.findById(assignmentId).filter(a -> a.getProject() == projectId)
                .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
    }

    private PersonSummary person(long personId, boolean asInput) {
        return people.find(personId).orElseThrow(() -> asInput
                ? new InvalidRequestException("personId", "There is no person with id " + personId + ".")
                : new NotFoundException("Person", personId));
    }

    private List<AllocationPolicy.Allocation> allocationsOf(long personId, LocalDate from, LocalDate to) {
        List<MatrixAssignment> overlapping =
                assignments.findByPersonAndEndDateGreaterThanEqualAndStartDateLessThanEqual(personId, from, to);
        Map<Long, Project> projects = portfolio.projectsById(overlapping.stream().map(MatrixAssignment::getProject).toList());
        return overlapping.stream().map(a -> new AllocationPolicy.Allocation(a.getId(), a.getProject(),
                nameOf(projects.get(a.getProject()), a.getProject()), a.getAllocationPercent(), a.getStartDate(),
                a.getEndDate())).toList();
    }

    private static String nameOf(Project project, long id) {
        return project == null ? "Project " + id : project.getName();
    }

    private static AssignmentView view(MatrixAssignment a, Project project, PersonSummary person) {
        return new AssignmentView(a.getId(), a.getProject(), project == null ? null : project.getCode(),
                nameOf(project, a.getProject()), a.getPerson(),
                person == null ? "Person " + a.getPerson() : person.fullName(),
                person == null ? null : person.departmentName(), a.getProjectRole(), a.getAllocationPercent(),
                a.getStartDate(), a.getEndDate(), a.getVersion());
    }
}

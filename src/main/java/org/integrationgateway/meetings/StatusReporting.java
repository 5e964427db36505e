package org.integrationgateway.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.meetings.events.StatusReportDue;
import org.integrationgateway.meetings.events.StatusReportPublished;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.ProjectFilter;
import org.integrationgateway.portfolio.ProjectStatus;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Status reports of projects: publishing one for the period a day falls in (one per project and period: a second
 * is a conflict, 409), reading a report, a project's history (newest period first, paged) and where it stands
 * ({@link StatusOverview}), changing a project's cadence, and the reminders of reports due ({@link #remindDue}), which
 * the background task calls. Permissions as {@link StatusReportPermissions} says; a customer learns nothing (404).
 */
@Service
public class StatusReporting {

    /** The history's sort fields for the API. */
    public static final java.util.Set<String> SORT = java.util.Set.of("periodStart", "publishedAt");
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("periodStart"), Sort.Order.desc("id"));
    private static final int PROJECT_BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(StatusReporting.class);

    private final StatusReports reports;
    private final ReportingCadences cadences;
    private final StatusReportPermissions permissions;
    private final Portfolio portfolio;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final StatusReportSettings settings;
    private final Clock clock;

    StatusReporting(StatusReports reports, ReportingCadences cadences, StatusReportPermissions permissions,
                    Portfolio portfolio, PersonDirectory people, ApplicationEventPublisher events, JdbcTemplate jdbc,
                    TransactionTemplate transactions, StatusReportSettings settings, Clock clock) {
        this.reports = reports;
        this.cadences = cadences;
        this.permissions = permissions;
        this.portfolio = portfolio;
        this.people = people;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    /** The project, if the signed-in person may read its status reports. */
    @Transactional(readOnly = true)
    public Project readableProject(long projectId) {
        Project project = portfolio.project(projectId);
        requireRead(projectId);
        return project;
    }

    @Transactional(readOnly = true)
    public StatusReport report(long id) {
        StatusReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("Status report", id));
        requireRead(report.getProjectId());
        return report;
    }

    /** The project's reports, paged, newest period first unless {@code pageable} sorts otherwise. */
    @Transactional(readOnly = true)
    public Page<StatusReport> history(long projectId, Pageable pageable) {
        readableProject(projectId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return reports.findByProjectId(projectId, sorted);
    }

    @Transactional(readOnly = true)
    public StatusOverview overview(long projectId) {
        readableProject(projectId);
        ReportingCadence chosen = cadences.findById(projectId).orElse(null);
        Cadence cadence = chosen == null ? Cadence.DEFAULT : chosen.getCadence();
        ReportingPeriod current = cadence.periodOf(today());
        boolean reported = reports.existsOverlapping(projectId, current.start(), current.end());
        StatusReport latest = reports.findFirstByProjectIdOrderByPeriodStartDescIdDesc(projectId).orElse(null);
        return new StatusOverview(projectId, cadence, chosen == null ? null : chosen.getVersion(), current, reported,
                current.end(), settings.reminderPolicy().remindFrom(current), latest);
    }

    public boolean canWrite(long projectId) {
        return permissions.canWrite(projectId);
    }

    // ---- writing ----------------------------------------------------------------------------------------------------

    /**
     * Publishes the project's report for the period (of its cadence) that {@code draft.reportingDate()} falls in,
     * today when not given, as the signed-in person.
     *
     * @throws InvalidRequestException for a missing rating or narrative, too many or too long risks, or a reporting
     *                                 date in the future
     * @throws ConflictException       {@code period-reported} when a report of the project already covers the period
     */
    @Transactional
    public StatusReport publish(long projectId, StatusReportDraft draft) {
        portfolio.project(projectId);
        requireWrite(projectId);
        if (draft == null) {
            throw new InvalidRequestException("narrative", "Write the status report.");
        }
        LocalDate today = today();
        LocalDate day = draft.reportingDate() == null ? today : draft.reportingDate();
        if (day.isAfter(today)) {
            throw new InvalidRequestException("reportingDate", "Report on today or a day before, not on a day to come.");
        }
        Cadence cadence = cadences.findById(projectId).map(ReportingCadence::getCadence).orElse(Cadence.DEFAULT);
        ReportingPeriod period = cadence.periodOf(day);
        CurrentUser user = CurrentUser.get().orElseThrow();
        PersonSummary author = people.findByUserAccount(user.accountId()).orElse(null);
        StatusReport report = StatusReport.write(projectId, cadence, period, draft,
                author == null ? null : author.id(), author == null ? user.displayName() : author.fullName(),
                Instant.now(clock));
        if (reports.existsOverlapping(projectId, period.start(), period.end())) {
            throw periodReported(period);
        }
        StatusReport saved;
        try {
            saved = reports.save(report);
        } catch (DuplicateKeyException twoAtOnce) {
            throw periodReported(period);
        }
        events.publishEvent(new StatusReportPublished(saved.snapshot()));
        return saved;
    }

    private static ConflictException periodReported(ReportingPeriod period) {
        return new ConflictException("period-reported", "reportingDate", "The period " + period.start() + " to "
                + period.end() + " already has a status report.");
    }

    /**
     * Sets the project's cadence. {@code version} is the version of the current choice (null while the project
     * reports the default); reports already published keep their periods.
     *
     * @throws InvalidRequestException {@code cadence} missing, or {@code version} missing once a choice exists
     * @throws ConflictException       {@code stale-version} when someone else changed the cadence first
     */
    @Transactional
    public ReportingCadence changeCadence(long projectId, Long version, Cadence cadence) {
        portfolio.project(projectId);
        requireWrite(projectId);
        if (cadence == null) {
            throw new InvalidRequestException("cadence", "Choose weekly, fortnightly or monthly.");
        }
        String by = CurrentUser.get().map(CurrentUser::displayName).orElse("system");
        ReportingCadence current = cadences.findById(projectId).orElse(null);
        try {
            if (current == null) {
                if (version != null) {
                    throw ConflictException.staleVersion("The reporting cadence");
                }
                return cadences.save(ReportingCadence.first(projectId, cadence, by, Instant.now(clock)));
            }
            if (version == null) {
                throw new InvalidRequestException("version", "Give the version of the cadence you changed.");
            }
            if (!version.equals(current.getVersion())) {
                throw ConflictException.staleVersion("The reporting cadence");
            }
            if (current.getCadence() == cadence) {
                return current;
            }
            current.change(cadence, by, Instant.now(clock));
            return cadences.save(current);
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            throw ConflictException.staleVersion("The reporting cadence");
        }
    }

    // ---- reminders --------------------------------------------------------------------------------------------------

    /**
     * Reminds the managers of active projects whose current period (on {@code today}) has no report and whose
     * reminder time ({@link ReminderPolicy}) has come: records the reminder and publishes {@link StatusReportDue}, in
     * one transaction per project (a project that fails is logged and tried again at the next check; a reminder that
     * another node recorded first fails on the key and is not sent twice), at most once per project and period.
     * Returns how many reminders were sent.
     */
    public int remindDue(LocalDate today) {
        ReminderPolicy policy = settings.reminderPolicy();
        int sent = 0;
        Pageable page = PageRequest.of(0, PROJECT_BATCH, Sort.by("id"));
        while (true) {
            Page<Project> projects = portfolio.projects(new ProjectFilter(null, null, ProjectStatus.ACTIVE), page);
            Map<Long, Cadence> chosen = cadences.findAllById(projects.map(Project::getId).getContent()).stream()
                    .collect(Collectors.toMap(ReportingCadence::getProjectId, ReportingCadence::getCadence));
            for (Project project : projects) {
                Cadence cadence = chosen.getOrDefault(project.getId(), Cadence.DEFAULT);
                ReportingPeriod period = cadence.periodOf(today);
                if (!policy.remindsOn(period, today) || notRunning(project, period)) {
                    continue;
                }
                try {
                    if (Boolean.TRUE.equals(transactions.execute(status -> remind(project, period)))) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Status report reminder for project {} not sent; retried at the next check: {}",
                            project.getId(), e.toString());
                }
            }
            if (!projects.hasNext()) {
                return sent;
            }
            page = projects.nextPageable();
        }
    }

    /** Reminds now (the clock's today). */
    public int remindDue() {
        return remindDue(today());
    }

    private static boolean notRunning(Project project, ReportingPeriod period) {
        return (project.getStartDate() != null && project.getStartDate().isAfter(period.end()))
                || (project.getEndDate() != null && project.getEndDate().isBefore(period.start()));
    }

    private boolean remind(Project project, ReportingPeriod period) {
        if (reports.existsOverlapping(project.getId(), period.start(), period.end())) {
            return false;
        }
        Integer already = jdbc.queryForObject(
                "select count(*) from status_report_reminder where project_id = ? and period_start = ?",
                Integer.class, project.getId(), period.start());
        if (already != null && already > 0) {
            return false;
        }
        jdbc.update("insert into status_report_reminder (project_id, period_start, period_end, manager_id,"
                + " reminded_at) values (?, ?, ?, ?, ?)", project.getId(), period.start(), period.end(),
                project.getManager(), Timestamp.from(Instant.now(clock)));
        events.publishEvent(new StatusReportDue(project.getId(), project.getCode(), project.getName(),
                project.getManager(), period.start(), period.end()));
        return true;
    }

    // ---- permissions ------------------------------------------------------------------------------------------------

    private void requireRead(long projectId) {
        if (!permissions.isStaff()) {
            throw new NotFoundException("Project", projectId);
        }
        if (!permissions.canRead(projectId)) {
            throw new NotPermittedException("not-project-member",
                    "Status reports are for the project's members and PMO.");
        }
    }

    private void requireWrite(long projectId) {
        requireRead(projectId);
        if (!permissions.canWrite(projectId)) {
            throw new NotPermittedException("not-project-manager",
                    "Only the project manager, administrators and PMO write status reports.");
        }
    }
}

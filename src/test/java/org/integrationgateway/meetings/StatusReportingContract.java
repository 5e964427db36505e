package org.integrationgateway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Supplier;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.meetings.StatusReportFixtures.Office;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Status reports against a real database: publishing one per project and period (a second is a conflict, also after
 * the cadence changed), the history newest first, the overview, the cadence with its version, who may read and
 * write, refused input writing nothing, the audit trail, and the reminder of a report due reaching the project
 * manager's inbox once per project and period (driven through the method the background task calls). Runs on H2 and
 * on PostgreSQL.
 */
abstract class StatusReportingContract {

    @Autowired StatusReportFixtures fixtures;
    @Autowired StatusReporting reporting;
    @Autowired JdbcTemplate jdbc;
    @Autowired StatusReportReminder reminder;

    Office office;
    LocalDate today;

    @BeforeEach
    void setUp() {
        office = fixtures.office();
        today = reporting.today();
    }

    static <T> T asUser(CurrentUser user, Supplier<T> action) {
        return as(new Member(0, user), action);
    }

    StatusReportDraft draft(LocalDate day, String narrative) {
        return new StatusReportDraft(day, Rag.GREEN, Rag.AMBER, Rag.GREEN, Rag.RED, narrative,
                List.of("Supplier of the drive is late", "Acceptance test rig not booked"));
    }

    StatusReport publish(LocalDate day) {
        return as(office.team().manager(), () -> reporting.publish(office.project(), draft(day, "Week *" + day + "*")));
    }

    int reports() {
        return jdbc.queryForObject("select count(*) from status_report where project_id = ?", Integer.class,
                office.project());
    }

    List<String> reminders() {
        return jdbc.queryForList("select trigger_id from notification where person_id = ? and source = ?"
                + " order by id", String.class, office.team().manager().person(), "status-reports:" + office.project());
    }

    @Test
    void theManagerPublishesAReportForThePeriodOfTheDayAndMembersReadIt() {
        StatusReport report = publish(today);
        ReportingPeriod week = Cadence.WEEKLY.periodOf(today);
        assertThat(report.getId()).isNotNull();
        assertThat(report.period()).isEqualTo(week);
        assertThat(report.getCadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(report.getAuthorId()).isEqualTo(office.team().manager().person());
        assertThat(report.getAuthorName()).isEqualTo("Sofia Marin");

        StatusReport read = as(office.team().seller(), () -> reporting.report(report.getId()));
        assertThat(read.getKeyRisks()).containsExactly("Supplier of the drive is late", "Acceptance test rig not booked");
        assertThat(read.getQuality()).isEqualTo(Rag.RED);
        assertThat(read.getNarrative()).isEqualTo("Week *" + today + "*");
        assertThat(asUser(office.pmo(), () -> reporting.report(report.getId())).getId()).isEqualTo(report.getId());

        StatusOverview overview = as(office.team().engineer(), () -> reporting.overview(office.project()));
        assertThat(overview.latest().getId()).isEqualTo(report.getId());
        assertThat(overview.currentReported()).isTrue();
        assertThat(overview.due(today)).isFalse();
        assertThat(overview.cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(overview.cadenceVersion()).isNull();

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'status-report'"
                + " and entity_id = ? and action = 'published'", Integer.class, String.valueOf(report.getId())))
                .isEqualTo(1);
    }

    @Test
    void aSecondReportForTheSamePeriodIsAConflictAndWritesNothing() {
        publish(today);
        LocalDate sameWeek = Cadence.WEEKLY.periodOf(today).start();
        assertThatThrownBy(() -> publish(sameWeek)).isInstanceOf(ConflictException.class)
                .extracting("code").isEqualTo("period-reported");
        assertThat(reports()).isEqualTo(1);
        publish(today.minusWeeks(1));
        assertThat(reports()).isEqualTo(2);
    }

    @Test
    void aPeriodOfANewCadenceThatOverlapsAReportedOneIsAConflict() {
        publish(today);
        asUser(office.admin(), () -> reporting.changeCadence(office.project(), null, Cadence.MONTHLY));
        assertThatThrownBy(() -> publish(today)).isInstanceOf(ConflictException.class);
        assertThat(reports()).isEqualTo(1);
    }

    @Test
    void theHistoryIsNewestFirstAndPaged() {
        publish(today.minusWeeks(2));
        StatusReport newest = publish(today);
        publish(today.minusWeeks(1));
        var first = as(office.team().quality(), () -> reporting.history(office.project(), PageRequest.of(0, 2)));
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent()).extracting(StatusReport::getPeriodStart).containsExactly(
                Cadence.WEEKLY.periodOf(today).start(), Cadence.WEEKLY.periodOf(today.minusWeeks(1)).start());
        assertThat(first.getContent().get(0).getId()).isEqualTo(newest.getId());
        var second = as(office.team().quality(), () -> reporting.history(office.project(), PageRequest.of(1, 2)));
        assertThat(second.getContent()).extracting(StatusReport::getPeriodStart)
                .containsExactly(Cadence.WEEKLY.periodOf(today.minusWeeks(2)).start());
        var oldestFirst = as(office.team().quality(), () -> reporting.history(office.project(),
                PageRequest.of(0, 5, Sort.by("periodStart"))));
        assertThat(oldestFirst.getContent().get(0).getPeriodStart())
                .isEqualTo(Cadence.WEEKLY.periodOf(today.minusWeeks(2)).start());
    }

    @Test
    void refusedInputWritesNothing() {
        Member manager = office.team().manager();
        long project = office.project();
        assertThatThrownBy(() -> as(manager, () -> reporting.publish(project, new StatusReportDraft(today, null,
                Rag.GREEN, Rag.GREEN, Rag.GREEN, "n", List.of())))).isInstanceOf(InvalidRequestException.class)
                .extracting("field").isEqualTo("scope");
        assertThatThrownBy(() -> as(manager, () -> reporting.publish(project, draft(today, " "))))
                .extracting("field").isEqualTo("narrative");
        assertThatThrownBy(() -> as(manager, () -> reporting.publish(project, draft(today.plusDays(1), "n"))))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("reportingDate");
        assertThatThrownBy(() -> as(manager, () -> reporting.publish(project, new StatusReportDraft(today, Rag.GREEN,
                Rag.GREEN, Rag.GREEN, Rag.GREEN, "n", java.util.Collections.nCopies(11, "risk")))))
                .extracting("field").isEqualTo("keyRisks");
        assertThatThrownBy(() -> as(manager, () -> reporting.changeCadence(project, null, null)))
                .extracting("field").isEqualTo("cadence");
        assertThat(reports()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from status_report_risk r join status_report s"
                + " on s.id = r.status_report where s.project_id = ?", Integer.class, project)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reporting_cadence where project_id = ?", Integer.class,
                project)).isZero();
    }

    @Test
    void theManagerAdministratorsAndPmoWriteMembersReadOtherStaffAreRefusedCustomersLearnNothing() {
        long project = office.project();
        StatusReport report = publish(today.minusWeeks(1));
        assertThat(asUser(office.pmo(), () -> reporting.publish(project, draft(today.minusWeeks(2), "PMO")))).isNotNull();
        assertThat(asUser(office.admin(), () -> reporting.publish(project, draft(today, "Admin"))).getAuthorId())
                .isNull();

        assertThatThrownBy(() -> as(office.team().engineer(), () -> reporting.publish(project,
                draft(today.minusWeeks(3), "n")))).isInstanceOf(NotPermittedException.class)
                .extracting("code").isEqualTo("not-project-manager");
        assertThatThrownBy(() -> as(office.team().engineer(), () -> reporting.changeCadence(project, null,
                Cadence.MONTHLY))).isInstanceOf(NotPermittedException.class);
        assertThat(as(office.team().marketer(), () -> reporting.history(project, PageRequest.of(0, 5)))
                .getTotalElements()).isEqualTo(3);

        assertThatThrownBy(() -> as(office.team().outsider(), () -> reporting.report(report.getId())))
                .isInstanceOf(NotPermittedException.class).extracting("code").isEqualTo("not-project-member");
        assertThatThrownBy(() -> as(office.team().outsider(), () -> reporting.overview(project)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> asUser(office.customer(), () -> reporting.report(report.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asUser(office.customer(), () -> reporting.history(project, PageRequest.of(0, 5))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(office.team().manager(), () -> reporting.report(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(reports()).isEqualTo(3);
    }

    @Test
    void theCadenceCarriesItsVersion() {
        long project = office.project();
        ReportingCadence monthly = as(office.team().manager(), () -> reporting.changeCadence(project, null,
                Cadence.MONTHLY));
        assertThat(monthly.getCadence()).isEqualTo(Cadence.MONTHLY);
        assertThatThrownBy(() -> as(office.team().manager(), () -> reporting.changeCadence(project, null,
                Cadence.WEEKLY))).isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("version");
        assertThatThrownBy(() -> as(office.team().manager(), () -> reporting.changeCadence(project,
                monthly.getVersion() + 1, Cadence.WEEKLY))).isInstanceOf(ConflictException.class)
                .extracting("code").isEqualTo("stale-version");
        ReportingCadence fortnightly = as(office.team().manager(), () -> reporting.changeCadence(project,
                monthly.getVersion(), Cadence.FORTNIGHTLY));
        assertThat(fortnightly.getVersion()).isNotEqualTo(monthly.getVersion());
        StatusOverview overview = as(office.team().manager(), () -> reporting.overview(project));
        assertThat(overview.cadence()).isEqualTo(Cadence.FORTNIGHTLY);
        assertThat(overview.currentPeriod()).isEqualTo(Cadence.FORTNIGHTLY.periodOf(today));
        assertThat(publish(today).period()).isEqualTo(Cadence.FORTNIGHTLY.periodOf(today));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'reporting-cadence'"
                + " and entity_id = ?", Integer.class, String.valueOf(project))).isEqualTo(2);
    }

    @Test
    void aReportDueRemindsTheManagerOncePerPeriod() {
        LocalDate sunday = LocalDate.of(2027, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        reporting.remindDue(sunday.minusDays(3));
        assertThat(reminders()).isEmpty();

        reporting.remindDue(sunday.minusDays(1));
        reporting.remindDue(sunday.minusDays(1));
        reporting.remindDue(sunday);
        assertThat(reminders()).containsExactly("due-" + sunday.minusDays(6));
        assertThat(jdbc.queryForObject("select kind from notification where person_id = ? and source = ?",
                String.class, office.team().manager().person(), "status-reports:" + office.project()))
                .isEqualTo("ATTENTION");
        assertThat(jdbc.queryForObject("select count(*) from status_report_reminder where project_id = ?",
                Integer.class, office.project())).isEqualTo(1);

        reporting.remindDue(sunday.plusWeeks(1));
        assertThat(reminders()).containsExactly("due-" + sunday.minusDays(6), "due-" + sunday.plusDays(1));
        assertThat(jdbc.queryForObject("select count(*) from notification where source = ? and person_id <> ?",
                Integer.class, "status-reports:" + office.project(), office.team().manager().person())).isZero();
    }

    @Test
    void aReportedPeriodIsNotReminded() {
        LocalDate lastSunday = Cadence.WEEKLY.periodOf(today).start().minusDays(1);
        publish(lastSunday);
        reporting.remindDue(lastSunday);
        assertThat(reminders()).isEmpty();
    }

    @Test
    void theRemindersFollowTheProjectsCadence() {
        as(office.team().manager(), () -> reporting.changeCadence(office.project(), null, Cadence.MONTHLY));
        LocalDate endOfMonth = LocalDate.of(2027, 4, 30);
        reporting.remindDue(LocalDate.of(2027, 4, 25));
        assertThat(reminders()).isEmpty();
        reporting.remindDue(endOfMonth.minusDays(1));
        assertThat(reminders()).containsExactly("due-2027-04-01");
    }

    @Test
    void projectsThatAreNotRunningAreNotReminded() {
        reporting.remindDue(LocalDate.of(2028, 3, 5));
        assertThat(reminders()).isEmpty();
    }

    @Test
    void theBackgroundTaskRunsOnOneNodeAtATime() {
        reminder.run();
        assertThat(jdbc.queryForObject("select count(*) from cluster_lock where name = ? and owner is null",
                Integer.class, StatusReportReminder.LOCK)).isEqualTo(1);
        jdbc.update("update cluster_lock set owner = 'node-elsewhere', locked_until = ? where name = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)), StatusReportReminder.LOCK);
        try {
            assertThat(reminder.run()).isZero();
            assertThat(jdbc.queryForObject("select owner from cluster_lock where name = ?", String.class,
                    StatusReportReminder.LOCK)).isEqualTo("node-elsewhere");
        } finally {
            jdbc.update("update cluster_lock set owner = null, locked_until = ? where name = ?",
                    java.sql.Timestamp.from(java.time.Instant.EPOCH), StatusReportReminder.LOCK);
        }
    }
}

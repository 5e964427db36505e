package org.integrationgateway.meetings.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.meetings.Cadence;
import org.integrationgateway.meetings.Rag;
import org.integrationgateway.meetings.ReportingCadence;
import org.integrationgateway.meetings.StatusOverview;
import org.integrationgateway.meetings.StatusReport;
import org.integrationgateway.meetings.StatusReportDraft;

/** The JSON shapes of the status report API. */
final class StatusReportApi {

    private StatusReportApi() {
    }

    @Schema(description = "A new status report. Its period follows from reportingDate (today when left out) and the "
            + "project's cadence.")
    record StatusReportBody(@Schema(description = "A day of the period reported on, not in the future") LocalDate reportingDate,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Rag scope,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Rag schedule,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Rag cost,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Rag quality,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000,
                                    description = "Markdown") String narrative,
                            @Schema(description = "Up to 10, each up to 500 characters") List<String> keyRisks) {

        StatusReportDraft draft() {
            return new StatusReportDraft(reportingDate, scope, schedule, cost, quality, narrative, keyRisks);
        }
    }

    @Schema(description = "A status report")
    record StatusReportResponse(long id, long projectId, Cadence cadence, LocalDate periodStart, LocalDate periodEnd,
                                Rag scope, Rag schedule, Rag cost, Rag quality, Rag overall,
                                @Schema(description = "Markdown") String narrative, List<String> keyRisks,
                                Long authorId, String authorName, Instant publishedAt) {

        static StatusReportResponse of(StatusReport r) {
            return new StatusReportResponse(r.getId(), r.getProjectId(), r.getCadence(), r.getPeriodStart(),
                    r.getPeriodEnd(), r.getScope(), r.getSchedule(), r.getCost(), r.getQuality(), r.overall(),
                    r.getNarrative(), r.getKeyRisks(), r.getAuthorId(), r.getAuthorName(), r.getPublishedAt());
        }
    }

    @Schema(description = "Where a project stands with its status reports")
    record StatusOverviewResponse(long projectId, Cadence cadence,
                                  @Schema(description = "Version of the cadence choice; null while the project "
                                          + "reports the default (weekly)") Long cadenceVersion,
                                  LocalDate periodStart, LocalDate periodEnd, boolean reported, LocalDate dueOn,
                                  LocalDate remindFrom, boolean due,
                                  @Schema(description = "Null before the first report") StatusReportResponse latest) {

        static StatusOverviewResponse of(StatusOverview o, LocalDate today) {
            return new StatusOverviewResponse(o.projectId(), o.cadence(), o.cadenceVersion(), o.currentPeriod().start(),
                    o.currentPeriod().end(), o.currentReported(), o.dueOn(), o.remindFrom(), o.due(today),
                    o.latest() == null ? null : StatusReportResponse.of(o.latest()));
        }
    }

    @Schema(description = "A project's reporting cadence; version is that of the current choice (leave it out while "
            + "the project reports the default)")
    record CadenceBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Cadence cadence, Long version) {
    }

    record CadenceResponse(long projectId, Cadence cadence, Long version) {

        static CadenceResponse of(ReportingCadence c) {
            return new CadenceResponse(c.getProjectId(), c.getCadence(), c.getVersion());
        }
    }
}

package org.integrationgateway.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.integrationgateway.meetings.StatusReport;
import org.integrationgateway.meetings.StatusReporting;
import org.integrationgateway.meetings.web.StatusReportApi.CadenceBody;
import org.integrationgateway.meetings.web.StatusReportApi.CadenceResponse;
import org.integrationgateway.meetings.web.StatusReportApi.StatusOverviewResponse;
import org.integrationgateway.meetings.web.StatusReportApi.StatusReportBody;
import org.integrationgateway.meetings.web.StatusReportApi.StatusReportResponse;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Status reports", description = "A project's status reports: one per reporting period (the project's "
        + "cadence: WEEKLY by default, FORTNIGHTLY or MONTHLY), rating scope, schedule, cost and quality RED, AMBER or "
        + "GREEN, with a Markdown narrative and key risks. The project manager, administrators and PMO write; the "
        + "project's members, administrators and PMO read (403 for other staff); customers get 404.")
@PreAuthorize("@statusReportPermissions.isStaff()")
class StatusReportApiController {

    private final StatusReporting reporting;

    StatusReportApiController(StatusReporting reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/api/projects/{projectId}/status-reports")
    @Operation(summary = "A project's status reports, newest period first, paged",
            description = "sort is periodStart or publishedAt with ,asc or ,desc (default periodStart,desc). 400 for "
                    + "an unknown sort field or size above 100; 403 not-project-member; 404 unknown project.")
    PageResponse<StatusReportResponse> list(@PathVariable long projectId,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, StatusReporting.SORT, StatusReporting.NEWEST_FIRST);
        return PageResponse.of(reporting.history(projectId, pageable), StatusReportResponse::of);
    }

    @PostMapping("/api/projects/{projectId}/status-reports")
    @Operation(summary = "Publish the project's status report for the period reportingDate falls in",
            description = "201 with Location. 400 names the field: scope, schedule, cost, quality (RED, AMBER, GREEN), "
                    + "narrative (1-20,000), keyRisks (up to 10 of up to 500), reportingDate (not in the future); 409 "
                    + "period-reported when the period already has a report; 403 not-project-manager; 404.")
    ResponseEntity<StatusReportResponse> publish(@PathVariable long projectId,
                                                 @RequestBody(required = false) StatusReportBody body) {
        if (body == null) {
            throw new InvalidRequestException("narrative", "Write the status report.");
        }
        StatusReport report = reporting.publish(projectId, body.draft());
        return ResponseEntity.created(URI.create("/api/status-reports/" + report.getId()))
                .body(StatusReportResponse.of(report));
    }

    @GetMapping("/api/projects/{projectId}/status-reports/latest")
    @Operation(summary = "Where the project stands: cadence, current period, whether it is reported or due, and the "
            + "latest report", description = "latest is null before the first report. 403; 404.")
    StatusOverviewResponse latest(@PathVariable long projectId) {
        return StatusOverviewResponse.of(reporting.overview(projectId), reporting.today());
    }

    @GetMapping("/api/status-reports/{id}")
    @Operation(summary = "A status report", description = "403 when not a member of its project; 404.")
    StatusReportResponse get(@PathVariable long id) {
        return StatusReportResponse.of(reporting.report(id));
    }

    @PutMapping("/api/projects/{projectId}/reporting-cadence")
    @Operation(summary = "Set the project's reporting cadence",
            description = "Reports already published keep their periods. 400 cadence (WEEKLY, FORTNIGHTLY, MONTHLY) "
                    + "or version (required once the project has chosen a cadence); 409 stale-version; 403 "
                    + "not-project-manager; 404.")
    CadenceResponse cadence(@PathVariable long projectId, @RequestBody(required = false) CadenceBody body) {
        if (body == null) {
            throw new InvalidRequestException("cadence", "Choose weekly, fortnightly or monthly.");
        }
        return CadenceResponse.of(reporting.changeCadence(projectId, body.version(), body.cadence()));
    }
}

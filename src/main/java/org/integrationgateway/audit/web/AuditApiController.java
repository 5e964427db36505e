package org.integrationgateway.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.integrationgateway.audit.AuditLog;
import org.integrationgateway.audit.AuditQuery;
import org.integrationgateway.shared.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Audit", description = "Who changed what and when, with the state before and after (administrators)")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(summary = "List audit entries",
            description = "Filters combine with 'and'. Newest first unless sort=occurredAt,asc. "
                    + "Times are ISO-8601 instants; 'from' is inclusive, 'to' exclusive.")
    PageResponse<AuditEntryResponse> list(
            @Parameter(description = "Entity type, e.g. UserAccount") @RequestParam(required = false) String entityType,
            @Parameter(description = "Entity id") @RequestParam(required = false) String entityId,
            @Parameter(description = "E-mail of the person who made the change, or 'system'")
            @RequestParam(required = false) String actor,
            @Parameter(description = "Earliest time, inclusive, e.g. 2026-11-25T00:00:00Z")
            @RequestParam(required = false) Instant from,
            @Parameter(description = "Latest time, exclusive") @RequestParam(required = false) Instant to,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(required = false) Integer size,
            @Parameter(description = "occurredAt,desc (default) or occurredAt,asc") @RequestParam(required = false) String sort) {
        AuditQuery query = new AuditQuery(entityType, entityId, actor, from, to);
        return PageResponse.of(auditLog.find(query, page, size, sort), AuditEntryResponse::of);
    }
}

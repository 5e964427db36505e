package org.integrationgateway.specs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.specs.SpecPermissions;
import org.integrationgateway.specs.TraceDirection;
import org.integrationgateway.specs.TraceLink;
import org.integrationgateway.specs.Traceability;
import org.integrationgateway.specs.web.SpecsApi.TraceGraphResponse;
import org.integrationgateway.specs.web.SpecsApi.TraceLinkBody;
import org.integrationgateway.specs.web.SpecsApi.TraceReviewRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Traceability", description = "One graph of typed links between things across modules (research "
        + "finding, customer request, quote line, order, change request, gate decision, item revision, baseline, "
        + "variant, deliverable, acceptance, booking), recorded from domain events. Walk it forward (what became of "
        + "this?) and backward (why is this like this?) from any node; links from a superseded item revision are "
        + "suspect until someone who may edit the project's spec reviews them. Staff read.")
@PreAuthorize("@specPermissions.canRead()")
class TraceApiController {

    static final int DEFAULT_DEPTH = 3;
    static final int MAX_DEPTH = 10;

    private final Traceability traceability;
    private final SpecPermissions permissions;
    private final Portfolio portfolio;

    TraceApiController(Traceability traceability, SpecPermissions permissions, Portfolio portfolio) {
        this.traceability = traceability;
        this.permissions = permissions;
        this.portfolio = portfolio;
    }

    @GetMapping("/api/trace")
    @Operation(summary = "Walk the traceability graph from a node",
            description = "The nodes reached up to depth links away and the links between them, each link with its "
                    + "suspect flag.")
    TraceGraphResponse walk(@Parameter(description = "A node type, e.g. CHANGE_REQUEST, ITEM_REVISION, QUOTE_LINE")
                            @RequestParam(required = false) String type,
                            @Parameter(description = "The owning module's id of the node, e.g. a change request id")
                            @RequestParam(required = false) String id,
                            @Parameter(description = "FORWARD, BACKWARD or BOTH (default)")
                            @RequestParam(required = false) TraceDirection direction,
                            @Parameter(description = "1..10, default 3") @RequestParam(required = false) Integer depth) {
        if (type == null || type.isBlank()) {
            throw new InvalidRequestException("type", "Give the type of the node to start from, e.g. CHANGE_REQUEST.");
        }
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("id", "Give the id of the node to start from.");
        }
        int links = depth == null ? DEFAULT_DEPTH : depth;
        if (links < 1 || links > MAX_DEPTH) {
            throw new InvalidRequestException("depth", "depth must be between 1 and " + MAX_DEPTH + ".");
        }
        return TraceGraphResponse.of(traceability.walk(type.strip(), id.strip(),
                direction == null ? TraceDirection.BOTH : direction, links));
    }

    @GetMapping("/api/projects/{projectId}/suspect-links")
    @Operation(summary = "The project's suspect links, oldest first: links from an item revision since superseded")
    PageResponse<TraceLinkBody> suspects(@PathVariable long projectId, @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        portfolio.project(projectId);
        return SpecsApi.page(traceability.suspects(projectId).stream().map(TraceLinkBody::of).toList(), page, size);
    }

    @PostMapping("/api/trace-links/{id}/review")
    @Operation(summary = "Mark a suspect link reviewed: it is no longer suspect",
            description = "Whoever may edit the spec of the link's project; 403 not-permitted otherwise. version is the "
                    + "link's version; 409 stale-version if stale.")
    TraceLinkBody review(@PathVariable long id, @Valid @RequestBody TraceReviewRequest request) {
        TraceLink link = traceability.link(id);
        boolean allowed = (link.fromProject() != null && permissions.canEdit(link.fromProject()))
                || (link.toProject() != null && permissions.canEdit(link.toProject()));
        if (!allowed) {
            throw new NotPermittedException("not-permitted", "Only the project manager, engineers and designers on the "
                    + "project (and administrators and PMO) review its suspect links.");
        }
        return TraceLinkBody.of(traceability.review(id, request.version()));
    }
}

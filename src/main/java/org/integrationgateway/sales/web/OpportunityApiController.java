package org.integrationgateway.sales.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.OpportunityFilter;
import org.integrationgateway.sales.OpportunityQueries;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.sales.web.SalesApi.ChangeBody;
import org.integrationgateway.sales.web.SalesApi.Names;
import org.integrationgateway.sales.web.SalesApi.OpportunityBody;
import org.integrationgateway.sales.web.SalesApi.OpportunityItem;
import org.integrationgateway.sales.web.SalesApi.OpportunityResponse;
import org.integrationgateway.sales.web.SalesApi.PipelineResponse;
import org.integrationgateway.sales.web.SalesApi.StageBody;
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
@Tag(name = "Sales opportunities", description = "The sales pipeline. People in a SALES department see and change "
        + "their department's opportunities; administrators and PMO all; project managers see, read-only, those "
        + "concerning their projects. Others get 403 on lists and 404 on a single opportunity. Opportunities are "
        + "closed as WON or LOST, never deleted. A stale version answers 409 stale-version; a stage move the stage "
        + "rules forbid 409 illegal-transition.")
@PreAuthorize("@salesPermissions.canRead()")
class OpportunityApiController {

    private final SalesPipeline pipeline;
    private final OpportunityQueries queries;

    OpportunityApiController(SalesPipeline pipeline, OpportunityQueries queries) {
        this.pipeline = pipeline;
        this.queries = queries;
    }

    @GetMapping("/api/sales/opportunities")
    @PreAuthorize("@salesPermissions.canUsePipeline()")
    @Operation(summary = "The opportunities the signed-in person sees, filtered, sorted and paged",
            description = "Filters combine: ownerId, customerId, projectId, currency, stage, open (true: open stages, "
                    + "false: won and lost), q (title contains). sort is one of id, title, value, probability, "
                    + "expectedClose, stage, createdAt with ,asc or ,desc (default stage then expectedClose).")
    PageResponse<OpportunityItem> list(@RequestParam(required = false) Long ownerId,
                                       @RequestParam(required = false) Long customerId,
                                       @RequestParam(required = false) Long projectId,
                                       @RequestParam(required = false) String currency,
                                       @RequestParam(required = false) OpportunityStage stage,
                                       @RequestParam(required = false) Boolean open,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, OpportunityQueries.SORT.keySet(), OpportunityQueries.DEFAULT_SORT);
        var rows = queries.list(pipeline.viewer(), new OpportunityFilter(ownerId, customerId, projectId, currency, stage,
                open, q), pageable);
        Names names = Names.of(pipeline, rows.getContent());
        return PageResponse.of(rows, row -> OpportunityItem.of(row, names, pipeline.today()));
    }

    @GetMapping("/api/sales/pipeline")
    @PreAuthorize("@salesPermissions.canUsePipeline()")
    @Operation(summary = "Pipeline summary: count, value and weighted value per stage and currency",
            description = "Same filters as the list (without stage and open). Different currencies are never added up.")
    PipelineResponse summary(@RequestParam(required = false) Long ownerId,
                             @RequestParam(required = false) Long customerId,
                             @RequestParam(required = false) Long projectId,
                             @RequestParam(required = false) String currency) {
        return PipelineResponse.of(queries.totals(pipeline.viewer(), new OpportunityFilter(ownerId, customerId,
                projectId, currency, null, null, null)));
    }

    @PostMapping("/api/sales/opportunities")
    @PreAuthorize("@salesPermissions.canCreate()")
    @Operation(summary = "Open an opportunity (sales people, administrators, PMO)",
            description = "201 with Location. 400 names the field (missing or malformed, value not above 0 or with "
                    + "more than two decimals, unknown currency, probability outside 0..100); 422 for an expected close "
                    + "date in the past, a closed stage, an unknown customer or project, a contact of another customer, "
                    + "an owner outside sales; 403 for a sales rep naming another owner.")
    ResponseEntity<OpportunityResponse> create(@RequestBody OpportunityBody body) {
        Opportunity created = pipeline.create(body.draft());
        return ResponseEntity.created(URI.create("/api/sales/opportunities/" + created.getId())).body(represent(created));
    }

    @GetMapping("/api/sales/opportunities/{id}")
    @Operation(summary = "An opportunity with its projects, stage history and the actions the signed-in person may take",
            description = "404 when it does not exist or the signed-in person may not see it.")
    OpportunityResponse get(@PathVariable long id) {
        return represent(pipeline.opportunity(id));
    }

    @PutMapping("/api/sales/opportunities/{id}")
    @Operation(summary = "Change an open opportunity's details (its sales team, administrators, PMO)",
            description = "Replaces every field but the stage. A different ownerId reassigns it: the owner, "
                    + "administrators and PMO only (403). 403 read-only for a project manager; 409 opportunity-closed "
                    + "for a won or lost one; 409 stale-version.")
    OpportunityResponse change(@PathVariable long id, @RequestBody ChangeBody body) {
        return represent(pipeline.change(id, SalesApi.required(body.version()), body.draft()));
    }

    @PostMapping("/api/sales/opportunities/{id}/stage")
    @Operation(summary = "Move an opportunity to another stage",
            description = "Open stages move freely forward and back and take their default probability (10/25/50/75) "
                    + "unless one is given; WON sets 100 %, LOST 0 % and needs lostReason (400). From WON or LOST only "
                    + "a reopening to an open stage is allowed (409 illegal-transition otherwise), by the owner, "
                    + "administrators or PMO (403 otherwise), with an expected close date today or later (422).")
    OpportunityResponse move(@PathVariable long id, @RequestBody StageBody body) {
        return represent(pipeline.move(id, SalesApi.required(body.version()), body.move()));
    }

    private OpportunityResponse represent(Opportunity o) {
        return OpportunityResponse.of(o, Names.of(pipeline, o), pipeline.projectsById(o.getProjectIds()),
                pipeline.viewer(), pipeline.today());
    }
}

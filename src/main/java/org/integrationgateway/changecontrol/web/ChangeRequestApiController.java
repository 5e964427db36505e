package org.integrationgateway.changecontrol.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlPermissions;
import org.integrationgateway.changecontrol.ChangeFilter;
import org.integrationgateway.changecontrol.ChangeQueries;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.web.ChangeControlApi.AssessmentRequest;
import org.integrationgateway.changecontrol.web.ChangeControlApi.ChangeLogItem;
import org.integrationgateway.changecontrol.web.ChangeControlApi.ChangeRequestResponse;
import org.integrationgateway.changecontrol.web.ChangeControlApi.CountsResponse;
import org.integrationgateway.changecontrol.web.ChangeControlApi.DecisionQueueItem;
import org.integrationgateway.changecontrol.web.ChangeControlApi.ChangeDecisionRequest;
import org.integrationgateway.changecontrol.web.ChangeControlApi.EditChangeRequest;
import org.integrationgateway.changecontrol.web.ChangeControlApi.RaiseChangeRequest;
import org.integrationgateway.changecontrol.web.ChangeControlApi.TransitionRequest;
import org.integrationgateway.changecontrol.web.ChangeControlApi.VoteRequest;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
@Tag(name = "Change requests", description = "Change requests of a project: raising (anyone assigned to the project), "
        + "assessment (project manager, engineers and designers), votes (board members), decisions (the board's named "
        + "approver), implementation and verification, and the change log with its CSV export. Staff read everything; "
        + "who may take a step is decided per request and listed in its actions (403 otherwise). Illegal steps for the "
        + "request's state answer 409 with code illegal-transition; a stale version 409 with code stale-version.")
@PreAuthorize("@changeControlPermissions.canRead()")
class ChangeRequestApiController {

    private static final String TRANSITION_NOTE = " 409 illegal-transition if the request's state does not allow it, "
            + "409 stale-version if version is stale, 403 if the signed-in person may not take this step.";

    private final ChangeControl changeControl;
    private final ChangeQueries queries;
    private final ChangeControlPermissions permissions;
    private final Portfolio portfolio;
    private final Clock clock;

    ChangeRequestApiController(ChangeControl changeControl, ChangeQueries queries, ChangeControlPermissions permissions,
                               Portfolio portfolio, Clock clock) {
        this.changeControl = changeControl;
        this.queries = queries;
        this.permissions = permissions;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    // ---- the change log ---------------------------------------------------------------------------------------------

    @GetMapping("/api/projects/{projectId}/change-requests")
    @Operation(summary = "A project's change log, every state included (rejected, deferred and withdrawn too)",
            description = "Filters combine; q matches the title. sort is one of id, raisedAt, priority, state, title, "
                    + "targetStage with ,asc or ,desc (default id,desc).")
    PageResponse<ChangeLogItem> list(@PathVariable long projectId, @RequestParam(required = false) ChangeState state,
                                     @RequestParam(required = false) Origin origin,
                                     @RequestParam(required = false) ChangeClass changeClass,
                                     @RequestParam(required = false) Integer targetStage,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, ChangeQueries.SORT.keySet(), ChangeQueries.DEFAULT_SORT);
        var filter = new ChangeFilter(state, origin, changeClass, targetStage, q);
        return PageResponse.of(queries.changeLog(projectId, filter, pageable), ChangeLogItem::of);
    }

    @GetMapping(value = "/api/projects/{projectId}/change-requests.csv", produces = "text/csv")
    @Operation(summary = "The filtered change log as CSV (UTF-8, RFC 4180), oldest first",
            description = "Same filters as the change log, no paging. Downloads as <project code>-change-log.csv.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string"))))
    void csv(@PathVariable long projectId, @RequestParam(required = false) ChangeState state,
             @RequestParam(required = false) Origin origin, @RequestParam(required = false) ChangeClass changeClass,
             @RequestParam(required = false) Integer targetStage, @RequestParam(required = false) String q,
             HttpServletResponse response) throws IOException {
        String code = portfolio.project(projectId).getCode();
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(code + "-change-log.csv", StandardCharsets.UTF_8).build().toString());
        Writer out = response.getWriter();
        queries.exportCsv(projectId, new ChangeFilter(state, origin, changeClass, targetStage, q), out);
    }

    @GetMapping("/api/projects/{projectId}/change-requests/counts")
    @Operation(summary = "How many change requests the project has: total, open, awaiting a decision, emergencies "
            + "holding it interrupted, and by state")
    CountsResponse counts(@PathVariable long projectId) {
        portfolio.project(projectId);
        return CountsResponse.of(projectId, queries.counts(projectId));
    }

    @GetMapping("/api/me/change-decisions")
    @Operation(summary = "The change requests waiting for a decision of a board the signed-in person sits on",
            description = "Soonest due first, with the time left against the board's response target and whether the "
                    + "person has voted in the current round. Empty for a signed-in account not linked to a person.")
    PageResponse<DecisionQueueItem> myDecisions(@RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size) {
        var pageable = Paging.of(page, size, null, Set.of(), Sort.unsorted());
        Long person = permissions.currentPerson();
        List<DecisionQueueItem> all = person == null ? List.of()
                : queries.decisionQueue(person).stream().map(DecisionQueueItem::of).toList();
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, to), pageable, all.size()), item -> item);
    }

    // ---- one change request ---------------------------------------------------------------------------------------

    @PostMapping("/api/projects/{projectId}/change-requests")
    @Operation(summary = "Raise a change request on the project (as a draft, or submitted at once)",
            description = "Anyone currently assigned to the project (or managing it) may raise one; 403 otherwise. "
                    + "201 with Location. 400 names the field; 422 for a target gate already passed or a project "
                    + "without a lifecycle when targetStage is given.")
    ResponseEntity<ChangeRequestResponse> raise(@PathVariable long projectId, @RequestBody RaiseChangeRequest request) {
        ChangeRequest raised = changeControl.raise(projectId, request.draft(), Boolean.TRUE.equals(request.submit()));
        return ResponseEntity.created(URI.create("/api/change-requests/" + raised.getId())).body(represent(raised));
    }

    @GetMapping("/api/change-requests/{id}")
    @Operation(summary = "A change request with its impact, timeline, votes, decision and the actions the signed-in "
            + "person may take now")
    ChangeRequestResponse get(@PathVariable long id) {
        return represent(changeControl.changeRequest(id));
    }

    @PutMapping("/api/change-requests/{id}")
    @Operation(summary = "Edit a draft (the requester only)", description = "Replaces every field." + TRANSITION_NOTE)
    ChangeRequestResponse edit(@PathVariable long id, @Valid @RequestBody EditChangeRequest request) {
        return represent(changeControl.edit(id, request.version(), request.draft()));
    }

    @PostMapping("/api/change-requests/{id}/submit")
    @Operation(summary = "Submit a draft (the requester); an emergency change interrupts the project's current stage",
            description = TRANSITION_NOTE)
    ChangeRequestResponse submit(@PathVariable long id, @RequestBody(required = false) TransitionRequest request) {
        var r = orEmpty(request);
        return represent(changeControl.submit(id, r.version(), r.comment()));
    }

    @PostMapping("/api/change-requests/{id}/start-assessment")
    @Operation(summary = "Start assessing a submitted request (project manager, engineers, designers)",
            description = TRANSITION_NOTE)
    ChangeRequestResponse startAssessment(@PathVariable long id, @RequestBody(required = false) TransitionRequest request) {
        var r = orEmpty(request);
        return represent(changeControl.startAssessment(id, r.version(), r.comment()));
    }

    @PutMapping("/api/change-requests/{id}/assessment")
    @Operation(summary = "Record or revise the impact assessment (project manager, engineers, designers)",
            description = "costDelta, currency, scheduleDeltaDays and risk are required, riskNote unless the risk is LOW."
                    + TRANSITION_NOTE)
    ChangeRequestResponse assess(@PathVariable long id, @Valid @RequestBody AssessmentRequest request) {
        return represent(changeControl.assess(id, request.version(), request.input()));
    }

    @PostMapping("/api/change-requests/{id}/complete-assessment")
    @Operation(summary = "Send the assessed request for decision",
            description = "A STANDARD change inside the project's delegated envelope is approved at once (decision forum "
                    + "ENVELOPE with the envelope's revision); outside it, it becomes NORMAL and waits for the board. "
                    + "422 not-assessed before an impact is recorded." + TRANSITION_NOTE)
    ChangeRequestResponse completeAssessment(@PathVariable long id,
                                             @RequestBody(required = false) TransitionRequest request) {
        var r = orEmpty(request);
        return represent(changeControl.completeAssessment(id, r.version(), r.comment()));
    }

    @PostMapping("/api/change-requests/{id}/votes")
    @Operation(summary = "Cast (or replace) the signed-in board member's vote in the current round",
            description = "The board's rule may decide the request with this vote. Racing votes each count once; only "
                    + "one of them decides. 409 illegal-transition unless the request awaits a decision (an emergency "
                    + "from submission on), 403 for non-members, 422 defer-not-later for a gate not later than the target.")
    ChangeRequestResponse vote(@PathVariable long id, @RequestBody VoteRequest request) {
        return represent(changeControl.vote(id, request.choice(), request.deferToStage(), request.comment()));
    }

    @PostMapping("/api/change-requests/{id}/decision")
    @Operation(summary = "Decide the request outright as the board's named approver (SINGLE_APPROVER boards)",
            description = "403 not-the-approver for anyone else; decisions with a gate review use "
                    + "POST /api/gate-reviews/{reviewId}/change-decisions." + TRANSITION_NOTE)
    ChangeRequestResponse decide(@PathVariable long id, @RequestBody ChangeDecisionRequest request) {
        return represent(changeControl.decide(id, request.version(), request.outcome(), request.deferToStage(),
                request.comment()));
    }

    @PostMapping("/api/change-requests/{id}/implement")
    @Operation(summary = "Mark an approved request implemented (project manager, engineers, designers)",
            description = TRANSITION_NOTE)
    ChangeRequestResponse implement(@PathVariable long id, @RequestBody(required = false) TransitionRequest request) {
        var r = orEmpty(request);
        return represent(changeControl.implement(id, r.version(), r.comment()));
    }

    @PostMapping("/api/change-requests/{id}/verify")
    @Operation(summary = "Verify an implemented request (project manager, quality, engineers)", description = TRANSITION_NOTE)
    ChangeRequestResponse verify(@PathVariable long id, @RequestBody(required = false) TransitionRequest request) {
        var r = orEmpty(request);
        return represent(changeControl.verify(id, r.version(), r.comment()));
    }

    @PostMapping("/api/change-requests/{id}/close")
    @Operation(summary = "Close a verified or rejected request (project manager)", description = TRANSITION_NOTE)
    ChangeRequestResponse close(@PathVariable long id, @RequestBody(required = false) TransitionRequest request) {
        var r = orEmpty(request);
        return represent(changeControl.close(id, r.version(), r.comment()));
    }

    @PostMapping("/api/change-requests/{id}/withdraw")
    @Operation(summary = "Withdraw a request before its decision (the requester); ends an emergency's interruption",
            description = TRANSITION_NOTE)
    ChangeRequestResponse withdraw(@PathVariable long id, @RequestBody(required = false) TransitionRequest request) {
        var r = orEmpty(request);
        return represent(changeControl.withdraw(id, r.version(), r.comment()));
    }

    private ChangeRequestResponse represent(ChangeRequest request) {
        ChangeControl.RequestContext context = changeControl.context(request);
        return ChangeRequestResponse.of(request, context.board(), context.actor(), clock.instant());
    }

    private static TransitionRequest orEmpty(TransitionRequest request) {
        return request == null ? new TransitionRequest(null, null) : request;
    }
}

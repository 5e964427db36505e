package org.integrationgateway.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.integrationgateway.research.Confidence;
import org.integrationgateway.research.EvidenceSource;
import org.integrationgateway.research.Finding;
import org.integrationgateway.research.FindingFilter;
import org.integrationgateway.research.FindingState;
import org.integrationgateway.research.Research;
import org.integrationgateway.research.ResearchQueries;
import org.integrationgateway.research.StateCounts;
import org.integrationgateway.research.web.ResearchApi.ChangeRequestBody;
import org.integrationgateway.research.web.ResearchApi.DismissalBody;
import org.integrationgateway.research.web.ResearchApi.EvidenceBody;
import org.integrationgateway.research.web.ResearchApi.FindingBody;
import org.integrationgateway.research.web.ResearchApi.FindingItem;
import org.integrationgateway.research.web.ResearchApi.FindingResponse;
import org.integrationgateway.research.web.ResearchApi.InterpretationBody;
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
@Tag(name = "Market research", description = "Findings from market research (survey, interview, competitor analysis, "
        + "analyst report, usage data, field sales): NEW when surfaced, INTERPRETED once a marketing person wrote which "
        + "projects and spec items they bear on (and whether they contradict a baselined item: that flags the project "
        + "and puts the item on its next gate review's agenda until the finding is actioned), ACTIONED when they raise a "
        + "change request (origin MARKET_RESEARCH, source the finding), are linked to spec items as evidence or are "
        + "dismissed with a reason. Every staff member reads; marketing people, administrators and PMO write (403 "
        + "not-in-marketing for other staff); customers get 404. Writes take the version they are based on (400 "
        + "version when missing, 409 stale-version when someone else changed the finding first).")
@PreAuthorize("@researchPermissions.canRead()")
class FindingApiController {

    private final Research research;
    private final ResearchQueries queries;

    FindingApiController(Research research, ResearchQueries queries) {
        this.research = research;
        this.queries = queries;
    }

    @GetMapping("/api/research/findings")
    @Operation(summary = "Findings, filtered, searched, sorted and paged",
            description = "Filters combine: state, segment, source, projectId (findings bearing on it), confidence, "
                    + "flagged (true: an open contradiction, on projectId when given), q (searches title, summary and "
                    + "evidence, case-insensitive, at most 200 characters). sort is one of id, observedOn, surfacedAt, "
                    + "title, confidence, sampleSize with ,asc or ,desc (default observedOn,desc). 400 for an unknown "
                    + "state, source, confidence or sort field, or size above 100.")
    PageResponse<FindingItem> list(@RequestParam(required = false) FindingState state,
                                   @RequestParam(required = false) String segment,
                                   @RequestParam(required = false) EvidenceSource source,
                                   @RequestParam(required = false) Long projectId,
                                   @RequestParam(required = false) Confidence confidence,
                                   @RequestParam(required = false) Boolean flagged,
                                   @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, ResearchQueries.SORT.keySet(), ResearchQueries.DEFAULT_SORT);
        return PageResponse.of(queries.findings(new FindingFilter(state, segment, source, projectId, confidence, flagged,
                q), pageable), FindingItem::of);
    }

    @GetMapping("/api/research/findings/counts")
    @Operation(summary = "How many findings are in each state under the same filters (state ignored)",
            description = "The research board's tab counts. 400 as for the list.")
    StateCounts counts(@RequestParam(required = false) String segment,
                       @RequestParam(required = false) EvidenceSource source,
                       @RequestParam(required = false) Long projectId,
                       @RequestParam(required = false) Confidence confidence,
                       @RequestParam(required = false) Boolean flagged,
                       @RequestParam(required = false) String q) {
        return queries.counts(new FindingFilter(null, segment, source, projectId, confidence, flagged, q));
    }

    @PostMapping("/api/research/findings")
    @PreAuthorize("@researchPermissions.canWrite()")
    @Operation(summary = "Surface a finding as the signed-in person (marketing, administrators, PMO)",
            description = "201 with Location; the finding starts NEW. 400 names the field: title (1-200), summary "
                    + "(up to 4,000), source, segment (1-100, stored in lower case), evidence (up to 10,000), links (up "
                    + "to 10 http(s) addresses), sampleSize (0-1,000,000,000), confidence, observedOn (not in the "
                    + "future); 403 not-in-marketing.")
    ResponseEntity<FindingResponse> create(@RequestBody(required = false) FindingBody body) {
        if (body == null) {
            throw new InvalidRequestException("title", "Describe the finding.");
        }
        Finding finding = research.surface(body.draft());
        return ResponseEntity.created(URI.create("/api/research/findings/" + finding.getId()))
                .body(FindingResponse.of(finding));
    }

    @GetMapping("/api/research/findings/{id}")
    @Operation(summary = "A finding with its bearings, open contradictions and actions",
            description = "404 when it does not exist (or for a customer).")
    FindingResponse get(@PathVariable long id) {
        return FindingResponse.of(research.finding(id));
    }

    @PutMapping("/api/research/findings/{id}")
    @PreAuthorize("@researchPermissions.canWrite()")
    @Operation(summary = "Correct the facts of a finding, until it is actioned",
            description = "400 names the field as for POST, or version when missing; 409 finding-actioned, "
                    + "stale-version; 403 not-in-marketing; 404.")
    FindingResponse update(@PathVariable long id, @RequestBody FindingBody body) {
        return FindingResponse.of(research.edit(id, ResearchApi.required(body.version()), body.draft()));
    }

    @PostMapping("/api/research/findings/{id}/interpretation")
    @PreAuthorize("@researchPermissions.canWrite()")
    @Operation(summary = "Write (or rewrite) what the finding bears on: NEW or INTERPRETED → INTERPRETED",
            description = "Each bearing names a project, optionally one of its spec items, how it bears on it, and "
                    + "whether it contradicts that item as baselined. 400 bearings (none, more than 20, a bearing "
                    + "without project or how, a contradiction without item) or version; 422 unknown-project, "
                    + "unknown-item, not-baselined (a contradicted item must be in the project's current baseline); "
                    + "409 finding-actioned, stale-version; 403 not-in-marketing; 404.")
    FindingResponse interpret(@PathVariable long id, @RequestBody InterpretationBody body) {
        return FindingResponse.of(research.interpret(id, ResearchApi.required(body.version()), body.inputs()));
    }

    @PostMapping("/api/research/findings/{id}/change-requests")
    @PreAuthorize("@researchPermissions.canWrite()")
    @Operation(summary = "Raise a change request from the finding on a project it bears on",
            description = "The change request is raised and submitted at once with origin MARKET_RESEARCH, source "
                    + "RESEARCH_FINDING (the finding's id, label \"Finding F-12\") and the signed-in person as requester; "
                    + "title and description default to the finding's. 201 with Location of the finding; the new "
                    + "request is the last action's changeRequestId. 400 projectId, changeClass (STANDARD, NORMAL, "
                    + "EMERGENCY) or version; 422 not-a-bearing, unknown-item (affectedItemKeys); 409 not-interpreted, "
                    + "finding-dismissed, stale-version; 403 not-in-marketing; 404.")
    ResponseEntity<FindingResponse> raiseChange(@PathVariable long id, @RequestBody ChangeRequestBody body) {
        Finding finding = research.raiseChange(id, ResearchApi.required(body.version()), body.input());
        return ResponseEntity.created(URI.create("/api/research/findings/" + id)).body(FindingResponse.of(finding));
    }

    @PostMapping("/api/research/findings/{id}/evidence")
    @PreAuthorize("@researchPermissions.canWrite()")
    @Operation(summary = "Link spec items of a project the finding bears on as supported by it",
            description = "400 projectId, itemKeys (none) or version; 422 not-a-bearing, unknown-item; 409 "
                    + "not-interpreted, finding-dismissed, stale-version; 403 not-in-marketing; 404.")
    FindingResponse linkAsEvidence(@PathVariable long id, @RequestBody EvidenceBody body) {
        if (body.projectId() == null) {
            throw new InvalidRequestException("projectId", "Choose the project whose items the finding supports.");
        }
        return FindingResponse.of(research.linkAsEvidence(id, ResearchApi.required(body.version()), body.projectId(),
                body.itemKeys()));
    }

    @PostMapping("/api/research/findings/{id}/dismissal")
    @PreAuthorize("@researchPermissions.canWrite()")
    @Operation(summary = "Dismiss the finding with a reason",
            description = "400 reason (1-2,000 characters) or version; 409 not-interpreted, finding-actioned (already "
                    + "actioned otherwise), finding-dismissed, stale-version; 403 not-in-marketing; 404.")
    FindingResponse dismiss(@PathVariable long id, @RequestBody DismissalBody body) {
        return FindingResponse.of(research.dismiss(id, ResearchApi.required(body.version()), body.reason()));
    }
}

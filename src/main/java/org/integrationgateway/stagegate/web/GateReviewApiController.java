package org.integrationgateway.stagegate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.StagegatePermissions;
import org.integrationgateway.stagegate.web.StagegateApi.DecisionRequest;
import org.integrationgateway.stagegate.web.StagegateApi.ReviewResponse;
import org.integrationgateway.stagegate.web.StagegateApi.ReviewSummary;
import org.integrationgateway.stagegate.web.StagegateApi.ScheduleRequest;
import org.integrationgateway.stagegate.web.StagegateApi.ScorecardRequest;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Gate reviews", description = "Scheduling (project manager, PMO), scoring (the review's gatekeepers) and "
        + "deciding (the chair, or under the majority rule also PMO and administrators) gate reviews.")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class GateReviewApiController {

    private final Gatekeeping gatekeeping;
    private final Lifecycles lifecycles;
    private final StagegatePermissions permissions;

    GateReviewApiController(Gatekeeping gatekeeping, Lifecycles lifecycles, StagegatePermissions permissions) {
        this.gatekeeping = gatekeeping;
        this.lifecycles = lifecycles;
        this.permissions = permissions;
    }

    @GetMapping("/api/projects/{projectId}/gate-reviews")
    @Operation(summary = "A project's gate reviews by date (a project has few, paged for uniformity)")
    PageResponse<ReviewSummary> list(@PathVariable long projectId, @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        var pageable = Paging.of(page, size, null, java.util.Set.of(), Sort.by("scheduledOn"));
        List<ReviewSummary> all = lifecycles.view(projectId).reviews().stream()
                .map(r -> new ReviewSummary(r.getId(), r.getStageIndex(), r.getScheduledOn(), r.getState().name()))
                .toList();
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, to), pageable, all.size()), r -> r);
    }

    @PostMapping("/api/projects/{projectId}/gate-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@stagegatePermissions.canManageLifecycle(#projectId)")
    @Operation(summary = "Schedule a review of the project's current gate",
            description = "Without gatekeeperIds the project's gatekeepers keep the gate; the chair must be one of them. "
                    + "422 if a review is already open or the lifecycle has ended.")
    ReviewResponse schedule(@PathVariable long projectId, @Valid @RequestBody ScheduleRequest request) {
        var review = gatekeeping.schedule(projectId, request.scheduledOn(), request.chairId(), request.gatekeeperIds());
        return ReviewResponse.of(gatekeeping.view(review.getId()));
    }

    @GetMapping("/api/gate-reviews/{reviewId}")
    @Operation(summary = "A review with scorecards, combined result, agenda and decision")
    ReviewResponse get(@PathVariable long reviewId) {
        return ReviewResponse.of(gatekeeping.view(reviewId));
    }

    @PutMapping("/api/gate-reviews/{reviewId}/scorecards/mine")
    @PreAuthorize("@stagegatePermissions.canScore(#reviewId)")
    @Operation(summary = "Submit (or replace) the signed-in gatekeeper's scorecard",
            description = "Every criterion answered: met for must-meets, score 0..10 for should-meets. 409 once decided.")
    ReviewResponse score(@PathVariable long reviewId, @Valid @RequestBody ScorecardRequest request) {
        gatekeeping.score(reviewId, permissions.currentPerson(), request.input());
        return ReviewResponse.of(gatekeeping.view(reviewId));
    }

    @PostMapping("/api/gate-reviews/{reviewId}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@stagegatePermissions.canDecide(#reviewId)")
    @Operation(summary = "Decide the review: GO, KILL, HOLD or RECYCLE",
            description = "409 if already decided (also by a simultaneous request) or version is stale; 422 when a rule "
                    + "forbids it (GO at a failed gate without overrideJustification, first gate without liaisons, "
                    + "not the majority's recommendation, project interrupted, killed or completed).")
    ReviewResponse decide(@PathVariable long reviewId, @Valid @RequestBody DecisionRequest request) {
        gatekeeping.decide(reviewId, request.input(), CurrentUser.actorName());
        return ReviewResponse.of(gatekeeping.view(reviewId));
    }
}

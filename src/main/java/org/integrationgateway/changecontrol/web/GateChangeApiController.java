package org.integrationgateway.changecontrol.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.web.ChangeControlApi.ChangeRequestResponse;
import org.integrationgateway.changecontrol.web.ChangeControlApi.GateChangesResponse;
import org.integrationgateway.changecontrol.web.ChangeControlApi.GateDecisionsRequest;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Changes at the gateway", description = "Normal change requests targeted at a gate (and deferred ones moved "
        + "to it) come up at that gate's review, where whoever decides the review decides them, one or several together.")
@PreAuthorize("@changeControlPermissions.canRead()")
class GateChangeApiController {

    private final ChangeControl changeControl;
    private final Gatekeeping gatekeeping;
    private final Clock clock;

    GateChangeApiController(ChangeControl changeControl, Gatekeeping gatekeeping, Clock clock) {
        this.changeControl = changeControl;
        this.gatekeeping = gatekeeping;
        this.clock = clock;
    }

    @GetMapping("/api/gate-reviews/{reviewId}/change-requests")
    @Operation(summary = "The change requests brought to a gate review (awaiting a decision or deferred to its gate)",
            description = "mayDecide tells whether the signed-in person may decide them with the gate. The list is "
                    + "bounded by the gate's agenda, so it is not paged.")
    GateChangesResponse atGate(@PathVariable long reviewId) {
        GateReview review = gatekeeping.review(reviewId);
        return new GateChangesResponse(reviewId, review.getProject(), review.getStageIndex(),
                changeControl.mayDecideAtGate(reviewId), represent(changeControl.atGate(reviewId)));
    }

    @PostMapping("/api/gate-reviews/{reviewId}/change-decisions")
    @Operation(summary = "Decide several change requests with the gate review, all or none",
            description = "Answers the decided requests. Each must be brought to this review (422 not-at-this-gate) and "
                    + "named once (400); a stale version answers 409 and nothing is decided. 403 for anyone but whoever "
                    + "decides the review; 409 review-decided once the review has been decided.")
    List<ChangeRequestResponse> decide(@PathVariable long reviewId, @RequestBody GateDecisionsRequest request) {
        return represent(changeControl.decideAtGate(reviewId, request.choices()));
    }

    private List<ChangeRequestResponse> represent(List<ChangeRequest> requests) {
        Instant now = clock.instant();
        return requests.stream().map(r -> ChangeRequestResponse.of(r, changeControl.board(r.getProject()),
                changeControl.actorFor(r), now)).toList();
    }
}

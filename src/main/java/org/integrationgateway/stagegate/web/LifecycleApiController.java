package org.integrationgateway.stagegate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.web.StagegateApi.BoardResponse;
import org.integrationgateway.stagegate.web.StagegateApi.DeliverableRequest;
import org.integrationgateway.stagegate.web.StagegateApi.LifecycleResponse;
import org.integrationgateway.stagegate.web.StagegateApi.StartRequest;
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
@Tag(name = "Project lifecycles", description = "A project's stages, state, deliverables, decisions and interruptions, "
        + "and the portfolio board. Staff read; administrators and PMO start lifecycles; they and the project manager "
        + "update deliverables.")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class LifecycleApiController {

    private final Lifecycles lifecycles;

    LifecycleApiController(Lifecycles lifecycles) {
        this.lifecycles = lifecycles;
    }

    @GetMapping("/api/projects/{projectId}/lifecycle")
    @Operation(summary = "A project's lifecycle", description = "started is false while the project has no lifecycle.")
    LifecycleResponse get(@PathVariable long projectId) {
        return LifecycleResponse.of(lifecycles.view(projectId));
    }

    @PostMapping("/api/projects/{projectId}/lifecycle")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@stagegatePermissions.canEditTemplates()")
    @Operation(summary = "Start a project's lifecycle on a template revision", description = "409 if already started.")
    LifecycleResponse start(@PathVariable long projectId, @Valid @RequestBody(required = false) StartRequest request) {
        lifecycles.start(projectId, request == null ? null : request.templateId());
        return LifecycleResponse.of(lifecycles.view(projectId));
    }

    @PutMapping("/api/projects/{projectId}/lifecycle/stages/{stageIndex}/deliverables/{deliverableIndex}")
    @PreAuthorize("@stagegatePermissions.canManageLifecycle(#projectId)")
    @Operation(summary = "Set a deliverable's status and link",
            description = "version is the lifecycle version; 409 if stale; 422 for a later stage or an ended lifecycle.")
    LifecycleResponse updateDeliverable(@PathVariable long projectId, @PathVariable int stageIndex,
                                        @PathVariable int deliverableIndex, @Valid @RequestBody DeliverableRequest request) {
        lifecycles.updateDeliverable(projectId, stageIndex, deliverableIndex, request.status(), request.link(),
                request.version());
        return LifecycleResponse.of(lifecycles.view(projectId));
    }

    @GetMapping("/api/portfolio/board")
    @Operation(summary = "All projects by stage", description = "Optionally only the projects of one program.")
    BoardResponse board(@RequestParam(required = false) Long program) {
        return new BoardResponse(lifecycles.board(program).columns());
    }
}

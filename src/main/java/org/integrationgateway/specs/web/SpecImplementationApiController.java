package org.integrationgateway.specs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.specs.ItemRevision;
import org.integrationgateway.specs.MarkdownRenderer;
import org.integrationgateway.specs.Specifications;
import org.integrationgateway.specs.web.SpecsApi.SpecChangeRef;
import org.integrationgateway.specs.web.SpecsApi.SpecImplementationRequest;
import org.integrationgateway.specs.web.SpecsApi.SpecImplementationResponse;
import org.integrationgateway.specs.web.SpecsApi.SpecRevisionResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Spec implementation", description = "Implementing an approved change request in the spec: the new "
        + "revisions of the items it affects, linked to it, after which the change request is IMPLEMENTED. The only way "
        + "a baselined item changes.")
@PreAuthorize("@specPermissions.canRead()")
class SpecImplementationApiController {

    private final Specifications specifications;
    private final ChangeControl changeControl;
    private final MarkdownRenderer markdown;

    SpecImplementationApiController(Specifications specifications, ChangeControl changeControl, MarkdownRenderer markdown) {
        this.specifications = specifications;
        this.changeControl = changeControl;
        this.markdown = markdown;
    }

    @PostMapping("/api/change-requests/{id}/implementation")
    @Operation(summary = "Implement an approved change request: new revisions of its affected items, then IMPLEMENTED",
            description = "All or nothing. Who may implement is change control's rule (the project manager, engineers "
                    + "and designers; 403 not-permitted otherwise). 409 not-approved unless the request is APPROVED; "
                    + "422 not-affected for an item the request does not affect, unknown-item for a key the spec does "
                    + "not have; 400 names the field (changes, title, category …).")
    SpecImplementationResponse implement(@PathVariable long id, @RequestBody SpecImplementationRequest request) {
        List<ItemRevision> written = specifications.implement(id, request.itemChanges(), request.comment());
        return new SpecImplementationResponse(SpecChangeRef.of(id), changeControl.changeRequest(id).getState(),
                written.stream().map(r -> SpecRevisionResponse.of(r, markdown)).toList());
    }
}

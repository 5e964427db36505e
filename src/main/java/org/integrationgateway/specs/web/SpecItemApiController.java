package org.integrationgateway.specs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.integrationgateway.specs.ItemFilter;
import org.integrationgateway.specs.ItemStatus;
import org.integrationgateway.specs.MarkdownRenderer;
import org.integrationgateway.specs.SpecComparisons;
import org.integrationgateway.specs.SpecItem;
import org.integrationgateway.specs.SpecPermissions;
import org.integrationgateway.specs.Specifications;
import org.integrationgateway.specs.web.SpecsApi.SpecItemCreateRequest;
import org.integrationgateway.specs.web.SpecsApi.SpecItemResponse;
import org.integrationgateway.specs.web.SpecsApi.SpecItemSummary;
import org.integrationgateway.specs.web.SpecsApi.SpecItemUpdateRequest;
import org.integrationgateway.specs.web.SpecsApi.SpecRevisionComparison;
import org.integrationgateway.specs.web.SpecsApi.SpecRevisionResponse;
import org.integrationgateway.specs.web.SpecsApi.SpecRevisionSummary;
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
@Tag(name = "Spec items", description = "The design specification of a project: items with stable keys (SPEC-<n>), "
        + "each edit a new revision (who, when, why), the history of an item and word-level comparisons of any two "
        + "revisions. Staff read; the project manager, engineers and designers on the project (and administrators and "
        + "PMO) write, 403 not-permitted for anyone else. A baselined item changes only by implementing an approved "
        + "change request: a direct edit answers 422 baselined.")
@PreAuthorize("@specPermissions.canRead()")
class SpecItemApiController {

    private final Specifications specifications;
    private final SpecComparisons comparisons;
    private final SpecPermissions permissions;
    private final MarkdownRenderer markdown;

    SpecItemApiController(Specifications specifications, SpecComparisons comparisons, SpecPermissions permissions,
                          MarkdownRenderer markdown) {
        this.specifications = specifications;
        this.comparisons = comparisons;
        this.permissions = permissions;
        this.markdown = markdown;
    }

    @GetMapping("/api/projects/{projectId}/spec-items")
    @Operation(summary = "A page of the project's spec items, filtered",
            description = "sort is one of key (default), title, category, status, revisedAt, with ,asc or ,desc.")
    PageResponse<SpecItemSummary> items(@PathVariable long projectId,
                                        @Parameter(description = "e.g. requirement") @RequestParam(required = false) String category,
                                        @RequestParam(required = false) ItemStatus status,
                                        @Parameter(description = "Text in the key or title") @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, Specifications.SORT.keySet(), Specifications.DEFAULT_SORT);
        return PageResponse.of(specifications.items(projectId, new ItemFilter(category, status, q), pageable),
                SpecItemSummary::of);
    }

    @PostMapping("/api/projects/{projectId}/spec-items")
    @PreAuthorize("@specPermissions.canEdit(#projectId)")
    @Operation(summary = "Add an item to the project's spec, with its first revision",
            description = "201 with Location. 400 names the field (title, category, optionPrice, optionCurrency, "
                    + "leadTimeDays, an unknown priority or status).")
    ResponseEntity<SpecItemResponse> create(@PathVariable long projectId, @RequestBody SpecItemCreateRequest request) {
        SpecItem item = specifications.create(projectId, request.content(), request.reasonOrDefault());
        return ResponseEntity.created(URI.create("/api/spec-items/" + item.getId())).body(represent(item));
    }

    @GetMapping("/api/spec-items/{id}")
    @Operation(summary = "A spec item with the content of its current revision (Markdown and safe HTML)")
    SpecItemResponse get(@PathVariable long id) {
        return represent(specifications.item(id));
    }

    @PutMapping("/api/spec-items/{id}")
    @Operation(summary = "Edit an item: writes its next revision",
            description = "Replaces the whole content; reason and version are required. 409 stale-version if version is "
                    + "stale, 422 baselined for an item in a baseline (raise a change request instead), 400 for content "
                    + "identical to the current revision.")
    SpecItemResponse update(@PathVariable long id, @Valid @RequestBody SpecItemUpdateRequest request) {
        SpecsApi.requireEdit(permissions, specifications.item(id).getProject());
        return represent(specifications.revise(id, request.version(), request.content(), request.reason()));
    }

    @GetMapping("/api/spec-items/{id}/revisions")
    @Operation(summary = "The item's revisions, newest first: who, when, why, and the change request implemented")
    List<SpecRevisionSummary> revisions(@PathVariable long id) {
        return specifications.history(id).stream().map(SpecRevisionSummary::of).toList();
    }

    @GetMapping("/api/spec-items/{id}/revisions/{revision}")
    @Operation(summary = "One revision of the item with its full content")
    SpecRevisionResponse revision(@PathVariable long id, @PathVariable int revision) {
        specifications.item(id);
        return SpecRevisionResponse.of(specifications.revision(id, revision), markdown);
    }

    @GetMapping("/api/spec-items/{id}/compare")
    @Operation(summary = "Compare two revisions of the item, field by field and word by word",
            description = "from and to are revision numbers (either order); 404 for a revision the item does not have.")
    SpecRevisionComparison compare(@PathVariable long id, @RequestParam(required = false) Integer from,
                                   @RequestParam(required = false) Integer to) {
        specifications.item(id);
        return SpecRevisionComparison.of(comparisons.revisions(id, required(from, "from"), required(to, "to")));
    }

    private SpecItemResponse represent(SpecItem item) {
        return SpecItemResponse.of(item, specifications.revision(item.getId(), item.getCurrentRevision()), markdown);
    }

    static int required(Integer value, String name) {
        if (value == null) {
            throw new InvalidRequestException(name, "Give " + name + ", a revision number.");
        }
        return value;
    }
}

package org.integrationgateway.specs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.specs.MarkdownRenderer;
import org.integrationgateway.specs.SpecPermissions;
import org.integrationgateway.specs.Variant;
import org.integrationgateway.specs.VariantCatalog;
import org.integrationgateway.specs.web.SpecsApi.VariantCarryForwardRequest;
import org.integrationgateway.specs.web.SpecsApi.VariantCreateRequest;
import org.integrationgateway.specs.web.SpecsApi.VariantDeliveredResponse;
import org.integrationgateway.specs.web.SpecsApi.VariantOverrideRequest;
import org.integrationgateway.specs.web.SpecsApi.VariantResolveRequest;
import org.integrationgateway.specs.web.SpecsApi.VariantResponse;
import org.integrationgateway.specs.web.SpecsApi.VariantSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Spec variants", description = "Customer and order variants of a project's spec: overrides on one "
        + "baseline (never a copy), the spec as delivered computed from them, and carrying a variant forward to a later "
        + "baseline with conflicts shown until resolved. Staff read; the project manager, engineers and designers on "
        + "the project (and administrators and PMO) change variants, 403 not-permitted otherwise. Every change carries "
        + "the variant's version; 409 stale-version if stale.")
@PreAuthorize("@specPermissions.canRead()")
class VariantApiController {

    private final VariantCatalog variants;
    private final SpecPermissions permissions;
    private final MarkdownRenderer markdown;

    VariantApiController(VariantCatalog variants, SpecPermissions permissions, MarkdownRenderer markdown) {
        this.variants = variants;
        this.permissions = permissions;
        this.markdown = markdown;
    }

    @GetMapping("/api/projects/{projectId}/variants")
    @Operation(summary = "The project's variants")
    PageResponse<VariantSummary> variants(@PathVariable long projectId, @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return SpecsApi.page(variants.variants(projectId).stream().map(VariantSummary::of).toList(), page, size);
    }

    @PostMapping("/api/projects/{projectId}/variants")
    @PreAuthorize("@specPermissions.canEdit(#projectId)")
    @Operation(summary = "Start a variant for a customer and/or an order on one of the project's baselines",
            description = "201 with Location. 400 names the field (name, baselineId, customerId).")
    ResponseEntity<VariantResponse> create(@PathVariable long projectId, @RequestBody VariantCreateRequest request) {
        Variant variant = variants.create(projectId, request.input());
        return ResponseEntity.created(URI.create("/api/variants/" + variant.getId())).body(VariantResponse.of(variant));
    }

    @GetMapping("/api/variants/{id}")
    @Operation(summary = "A variant with its overrides")
    VariantResponse get(@PathVariable long id) {
        return VariantResponse.of(variants.variant(id));
    }

    @GetMapping("/api/variants/{id}/delivered")
    @Operation(summary = "The spec as delivered: every item of the variant's baseline with its override applied",
            description = "Items whose override is in conflict after a carry-forward are flagged, with the revision "
                    + "the override was made against.")
    VariantDeliveredResponse delivered(@PathVariable long id) {
        return VariantDeliveredResponse.of(variants.delivered(id), markdown);
    }

    @PutMapping("/api/variants/{id}/overrides/{itemKey}")
    @Operation(summary = "Add or replace the variant's override of one item of its baseline",
            description = "404 for an item its baseline does not hold; 400 names the field.")
    VariantResponse override(@PathVariable long id, @PathVariable String itemKey,
                             @Valid @RequestBody VariantOverrideRequest request) {
        requireEdit(id);
        return VariantResponse.of(variants.override(id, request.version(), itemKey, request.input()));
    }

    @DeleteMapping("/api/variants/{id}/overrides/{itemKey}")
    @Operation(summary = "Remove the variant's override of one item (the baseline's text applies again)",
            description = "version (query parameter) is the variant's version.")
    VariantResponse removeOverride(@PathVariable long id, @PathVariable String itemKey,
                                   @RequestParam(required = false) Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "version is required: send the version you last read.");
        }
        requireEdit(id);
        return VariantResponse.of(variants.removeOverride(id, version, itemKey));
    }

    @PostMapping("/api/variants/{id}/overrides/{itemKey}/resolve")
    @Operation(summary = "Resolve a conflict after a carry-forward: keep the override on the new revision, or drop it")
    VariantResponse resolve(@PathVariable long id, @PathVariable String itemKey,
                            @Valid @RequestBody VariantResolveRequest request) {
        requireEdit(id);
        return VariantResponse.of(variants.resolve(id, request.version(), itemKey, request.keep()));
    }

    @PostMapping("/api/variants/{id}/carry-forward")
    @Operation(summary = "Carry the variant forward to a later baseline of its project",
            description = "Overrides of items that changed in between become conflicts until resolved; 422 for a "
                    + "baseline of another project or not later than the current one.")
    VariantResponse carryForward(@PathVariable long id, @Valid @RequestBody VariantCarryForwardRequest request) {
        requireEdit(id);
        return VariantResponse.of(variants.carryForward(id, request.version(), request.baselineId()));
    }

    private void requireEdit(long variantId) {
        SpecsApi.requireEdit(permissions, variants.variant(variantId).getProject());
    }
}

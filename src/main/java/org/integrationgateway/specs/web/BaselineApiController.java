package org.integrationgateway.specs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.Baselining;
import org.integrationgateway.specs.SpecComparisons;
import org.integrationgateway.specs.web.SpecsApi.BaselineComparisonResponse;
import org.integrationgateway.specs.web.SpecsApi.BaselineFreezeRequest;
import org.integrationgateway.specs.web.SpecsApi.BaselineResponse;
import org.integrationgateway.specs.web.SpecsApi.BaselineSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Spec baselines", description = "Baselines of a project's spec: the item revisions frozen at a GO of a "
        + "gate, or by hand by the project manager (administrators, PMO), and the comparison of any two: items added, "
        + "removed and changed, with the text diff. Staff read.")
@PreAuthorize("@specPermissions.canRead()")
class BaselineApiController {

    private final Baselining baselining;
    private final SpecComparisons comparisons;

    BaselineApiController(Baselining baselining, SpecComparisons comparisons) {
        this.baselining = baselining;
        this.comparisons = comparisons;
    }

    @GetMapping("/api/projects/{projectId}/baselines")
    @Operation(summary = "The project's baselines, newest first")
    PageResponse<BaselineSummary> baselines(@PathVariable long projectId, @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        return SpecsApi.page(baselining.baselines(projectId).stream().map(BaselineSummary::of).toList(), page, size);
    }

    @PostMapping("/api/projects/{projectId}/baselines")
    @PreAuthorize("@specPermissions.canFreeze(#projectId)")
    @Operation(summary = "Freeze a baseline by hand: the current revision of every item; each item is then locked",
            description = "The project manager, administrators and PMO; 403 otherwise. 201 with Location. 400 name; "
                    + "422 empty-spec for a project without items.")
    ResponseEntity<BaselineResponse> freeze(@PathVariable long projectId, @RequestBody BaselineFreezeRequest request) {
        Baseline baseline = baselining.freeze(projectId, request.name());
        return ResponseEntity.created(URI.create("/api/baselines/" + baseline.getId())).body(represent(baseline));
    }

    @GetMapping("/api/baselines/{id}")
    @Operation(summary = "A baseline with the item revisions it holds")
    BaselineResponse get(@PathVariable long id) {
        return represent(baselining.baseline(id));
    }

    @GetMapping("/api/baselines/compare")
    @Operation(summary = "Compare two baselines of a project: items added, removed and changed with the text diff",
            description = "from and to are baseline ids (either order); 422 if they belong to different projects.")
    BaselineComparisonResponse compare(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
        long fromId = required(from, "from");
        long toId = required(to, "to");
        baselining.baseline(fromId);
        baselining.baseline(toId);
        return BaselineComparisonResponse.of(comparisons.baselines(fromId, toId));
    }

    private BaselineResponse represent(Baseline baseline) {
        return BaselineResponse.of(baseline, baselining.contents(baseline.getId()));
    }

    private static long required(Long value, String name) {
        if (value == null) {
            throw new InvalidRequestException(name, "Give " + name + ", a baseline id.");
        }
        return value;
    }
}

package org.integrationgateway.stagegate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.integrationgateway.stagegate.TemplateCatalog;
import org.integrationgateway.stagegate.web.StagegateApi.TemplateRequest;
import org.integrationgateway.stagegate.web.StagegateApi.TemplateResponse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stagegate/templates")
@Tag(name = "Process templates", description = "Versioned stage-gate templates. Staff read; administrators and PMO create "
        + "and edit (an edit stores the next revision; running projects keep theirs).")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class TemplateApiController {

    private final TemplateCatalog catalog;

    TemplateApiController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "The latest revision of every template, by code")
    PageResponse<TemplateResponse> list(@RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        var pageable = Paging.of(page, size, null, Set.of(), Sort.by("code"));
        List<TemplateResponse> all = catalog.latest().stream().map(TemplateResponse::of).toList();
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, to), pageable, all.size()), t -> t);
    }

    @GetMapping("/{code}")
    @Operation(summary = "The latest revision of a template")
    TemplateResponse latest(@PathVariable String code) {
        return TemplateResponse.of(catalog.latest(code));
    }

    @GetMapping("/{code}/revisions")
    @Operation(summary = "Every revision of a template, newest first")
    List<TemplateResponse> revisions(@PathVariable String code) {
        return catalog.revisions(code).stream().map(TemplateResponse::of).toList();
    }

    @GetMapping("/revisions/{id}")
    @Operation(summary = "One template revision by id (as referenced by a project lifecycle)")
    TemplateResponse revision(@PathVariable long id) {
        return TemplateResponse.of(catalog.revision(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@stagegatePermissions.canEditTemplates()")
    @Operation(summary = "Create a template (revision 1)", description = "409 if the code is taken; 422 for a template "
            + "the rules refuse (no stages, a gate without criteria, a threshold without should-meet criteria).")
    TemplateResponse create(@Valid @RequestBody TemplateRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw new InvalidRequestException("code", "code is required when creating.");
        }
        return TemplateResponse.of(catalog.create(request.code(), request.definition()));
    }

    @PutMapping("/{code}")
    @PreAuthorize("@stagegatePermissions.canEditTemplates()")
    @Operation(summary = "Edit a template: stores the next revision",
            description = "version is the revision the edit is based on; 409 if it is not the latest.")
    TemplateResponse revise(@PathVariable String code, @Valid @RequestBody TemplateRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException("version", "version is required when editing.");
        }
        return TemplateResponse.of(catalog.revise(code, request.version(), request.definition()));
    }
}

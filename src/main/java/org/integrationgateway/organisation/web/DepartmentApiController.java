package org.integrationgateway.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.DepartmentManagement;
import org.integrationgateway.organisation.DepartmentView;
import org.integrationgateway.organisation.web.ApiRequests.DepartmentRequest;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Departments", description = "Functional departments; staff read, administrators and PMO write.")
@RestController
@RequestMapping("/api/departments")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class DepartmentApiController {

    private final DepartmentManagement departments;

    DepartmentApiController(DepartmentManagement departments) {
        this.departments = departments;
    }

    @Operation(summary = "List departments", description = "Paged; sort on name, kind or peopleCount.")
    @GetMapping
    PageResponse<DepartmentView> list(@Parameter(description = "part of the name") @RequestParam(required = false) String q,
                                      @RequestParam(required = false) DepartmentKind kind,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @Parameter(description = "name|kind|peopleCount[,asc|desc]")
                                      @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, DepartmentManagement.SORT_FIELDS, DepartmentManagement.DEFAULT_SORT);
        return PageResponse.of(departments.list(q, kind, pageable), d -> d);
    }

    @Operation(summary = "One department with its people count")
    @GetMapping("/{id}")
    DepartmentView get(@PathVariable long id) {
        return departments.get(id);
    }

    @Operation(summary = "Create a department")
    @PostMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<DepartmentView> create(@Valid @RequestBody DepartmentRequest request) {
        DepartmentView created = departments.create(request.details());
        return ResponseEntity.created(URI.create("/api/departments/" + created.id())).body(created);
    }

    @Operation(summary = "Change a department", description = "Send the version you read; a stale version answers 409.")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    DepartmentView change(@PathVariable long id, @Valid @RequestBody DepartmentRequest request) {
        return departments.change(id, ApiRequests.requireVersion(request.version()), request.details());
    }

    @Operation(summary = "Delete an empty department", description = "409 while people still belong to it.")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        departments.delete(id);
        return ResponseEntity.noContent().build();
    }
}

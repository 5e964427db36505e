package org.integrationgateway.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.ProjectFilter;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectStatus;
import org.integrationgateway.portfolio.web.PortfolioApi.ProjectRequest;
import org.integrationgateway.portfolio.web.PortfolioApi.ProjectResponse;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
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
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "Projects with their matrix and staffing warnings. Staff read; administrators and PMO write.")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class ProjectApiController {

    private final Portfolio portfolio;
    private final ProjectMatrix matrix;
    private final PortfolioViews views;

    ProjectApiController(Portfolio portfolio, ProjectMatrix matrix, PortfolioViews views) {
        this.portfolio = portfolio;
        this.matrix = matrix;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Search projects",
            description = "q matches code or name (ignoring case); filters by program id and status. "
                    + "Sortable on code, name, status, startDate, endDate; default by code.")
    PageResponse<ProjectRow> list(@RequestParam(required = false) String q,
                                  @Parameter(description = "program id") @RequestParam(required = false) Long program,
                                  @RequestParam(required = false) ProjectStatus status,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size,
                                  @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, ProjectWebController.SORTABLE, Sort.by("code"));
        return PageResponse.of(views.projectRows(portfolio.projects(new ProjectFilter(q, program, status), pageable)),
                row -> row);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with its matrix and staffing warnings")
    ProjectResponse get(@PathVariable long id) {
        return ProjectResponse.of(matrix.overview(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    @Operation(summary = "Create a project", description = "400 for an unknown program or manager, 409 if the code is taken.")
    ProjectResponse create(@Valid @RequestBody ProjectRequest request) {
        Project project = portfolio.createProject(request.details());
        return ProjectResponse.of(matrix.overview(project.getId()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    @Operation(summary = "Change a project",
            description = "409 if version is stale or the code is taken; 422 for a status change the life cycle forbids.")
    ProjectResponse update(@PathVariable long id, @Valid @RequestBody ProjectRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException("version", "version is required when updating.");
        }
        portfolio.changeProject(id, request.version(), request.details());
        return ProjectResponse.of(matrix.overview(id));
    }
}

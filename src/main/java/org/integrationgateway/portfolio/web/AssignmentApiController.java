package org.integrationgateway.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.shared.CalendarRange;
import org.integrationgateway.portfolio.MatrixAssignment;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.web.PortfolioApi.AssignmentRequest;
import org.integrationgateway.portfolio.web.PortfolioApi.AssignmentResponse;
import org.integrationgateway.portfolio.web.PortfolioApi.LoadResponse;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Matrix assignments",
        description = "Who works on which project, in which role, how much and until when. Staff read; administrators, "
                + "PMO and the project's manager add, change and end. A person's allocations may not exceed 100 % on any "
                + "day: a request that would is refused with 422, code allocation-exceeded, and the current load.")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class AssignmentApiController {

    private final ProjectMatrix matrix;

    AssignmentApiController(ProjectMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping("/api/projects/{projectId}/assignments")
    @Operation(summary = "The project's matrix")
    List<AssignmentResponse> list(@PathVariable long projectId) {
        return matrix.overview(projectId).matrix().stream().map(AssignmentResponse::of).toList();
    }

    @GetMapping("/api/projects/{projectId}/assignments/{assignmentId}")
    @Operation(summary = "One assignment")
    AssignmentResponse get(@PathVariable long projectId, @PathVariable long assignmentId) {
        return AssignmentResponse.of(matrix.assignment(projectId, assignmentId));
    }

    @PostMapping("/api/projects/{projectId}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@portfolioPermissions.canChangeMatrix(#projectId)")
    @Operation(summary = "Assign a person to the project")
    AssignmentResponse create(@PathVariable long projectId, @Valid @RequestBody AssignmentRequest request) {
        if (request.personId() == null) {
            throw new InvalidRequestException("personId", "personId is required.");
        }
        MatrixAssignment assignment = matrix.assign(projectId, request.personId(), request.terms());
        return AssignmentResponse.of(matrix.assignment(projectId, assignment.getId()));
    }

    @PutMapping("/api/projects/{projectId}/assignments/{assignmentId}")
    @PreAuthorize("@portfolioPermissions.canChangeMatrix(#projectId)")
    @Operation(summary = "Change role, allocation or period", description = "The person cannot change; 409 on a stale version.")
    AssignmentResponse update(@PathVariable long projectId, @PathVariable long assignmentId,
                              @Valid @RequestBody AssignmentRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException("version", "version is required when updating.");
        }
        AssignmentResponse current = AssignmentResponse.of(matrix.assignment(projectId, assignmentId));
        if (request.personId() != null && request.personId() != current.personId()) {
            throw new InvalidRequestException("personId", "The person of an assignment cannot change; end it and add a new one.");
        }
        matrix.change(projectId, assignmentId, request.version(), request.terms());
        return AssignmentResponse.of(matrix.assignment(projectId, assignmentId));
    }

    @DeleteMapping("/api/projects/{projectId}/assignments/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("@portfolioPermissions.canChangeMatrix(#projectId)")
    @Operation(summary = "End (remove) an assignment", description = "With ?version=, 409 if it is stale.")
    void end(@PathVariable long projectId, @PathVariable long assignmentId,
             @RequestParam(required = false) Long version) {
        matrix.end(projectId, assignmentId, version);
    }

    @GetMapping("/api/people/{personId}/assignments")
    @Operation(summary = "A person's assignments in every project")
    List<AssignmentResponse> ofPerson(@PathVariable long personId) {
        return matrix.assignmentsOf(personId).stream().map(AssignmentResponse::of).toList();
    }

    @GetMapping("/api/people/{personId}/load")
    @Operation(summary = "A person's load over time",
            description = "Stretches of constant load and the peak per month between from and to (inclusive ISO dates; "
                    + "default: the twelve months from the start of the current month; at most about ten years).")
    LoadResponse load(@PathVariable long personId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from == null && to == null) {
            return LoadResponse.of(matrix.loadOfComingYear(personId));
        }
        CalendarRange.check("from", from);
        CalendarRange.check("to", to);
        LocalDate start = from != null ? from : to.minusMonths(12).plusDays(1);
        LocalDate end = to != null ? to : from.plusMonths(12).minusDays(1);
        return LoadResponse.of(matrix.load(personId, start, end));
    }
}

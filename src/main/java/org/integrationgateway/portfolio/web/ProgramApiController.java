package org.integrationgateway.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Program;
import org.integrationgateway.portfolio.web.PortfolioApi.ProgramRequest;
import org.integrationgateway.portfolio.web.PortfolioApi.ProgramResponse;
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
@RequestMapping("/api/programs")
@Tag(name = "Programs", description = "Programs group projects. Staff read; administrators and PMO write.")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class ProgramApiController {

    static final Set<String> SORTABLE = Set.of("code", "name");

    private final Portfolio portfolio;

    ProgramApiController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping
    @Operation(summary = "List programs", description = "Sortable on code and name (sort=name,desc); default by code.")
    PageResponse<ProgramResponse> list(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) String sort) {
        return PageResponse.of(portfolio.programs(Paging.of(page, size, sort, SORTABLE, Sort.by("code"))),
                ProgramResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One program")
    ProgramResponse get(@PathVariable long id) {
        return ProgramResponse.of(portfolio.program(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    @Operation(summary = "Create a program", description = "409 if the code is taken.")
    ProgramResponse create(@Valid @RequestBody ProgramRequest request) {
        Program program = portfolio.createProgram(request.code(), request.name(), request.description());
        return ProgramResponse.of(program);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    @Operation(summary = "Change a program", description = "409 if version is stale or the code is taken.")
    ProgramResponse update(@PathVariable long id, @Valid @RequestBody ProgramRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException("version", "version is required when updating.");
        }
        return ProgramResponse.of(portfolio.changeProgram(id, request.version(), request.code(), request.name(),
                request.description()));
    }
}

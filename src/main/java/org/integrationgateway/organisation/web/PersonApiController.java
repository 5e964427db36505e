package org.integrationgateway.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.GrantedAccount;
import org.integrationgateway.organisation.PeopleManagement;
import org.integrationgateway.organisation.PersonFilter;
import org.integrationgateway.organisation.PersonView;
import org.integrationgateway.organisation.web.ApiRequests.PersonRequest;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.http.HttpStatus;
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

@Tag(name = "People", description = "People of the organisation; staff read, administrators and PMO write.")
@RestController
@RequestMapping("/api/people")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class PersonApiController {

    private final PeopleManagement people;

    PersonApiController(PeopleManagement people) {
        this.people = people;
    }

    @Operation(summary = "List people", description = "Search by name or e-mail, filter by department or department kind; "
            + "sort on name, email or department.")
    @GetMapping
    PageResponse<PersonView> list(@Parameter(description = "part of the name or e-mail") @RequestParam(required = false) String q,
                                  @Parameter(description = "department id") @RequestParam(required = false) Long department,
                                  @RequestParam(required = false) DepartmentKind kind,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size,
                                  @Parameter(description = "name|email|department[,asc|desc]")
                                  @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, PeopleManagement.SORT_FIELDS, PeopleManagement.DEFAULT_SORT);
        return PageResponse.of(people.list(new PersonFilter(q, department, kind), pageable), p -> p);
    }

    @Operation(summary = "One person with their department")
    @GetMapping("/{id}")
    PersonView get(@PathVariable long id) {
        return people.get(id);
    }

    @Operation(summary = "Add a person")
    @PostMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<PersonView> add(@Valid @RequestBody PersonRequest request) {
        PersonView added = people.add(request.details());
        return ResponseEntity.created(URI.create("/api/people/" + added.id())).body(added);
    }

    @Operation(summary = "Change a person", description = "Send the version you read; a stale version answers 409.")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    PersonView change(@PathVariable long id, @Valid @RequestBody PersonRequest request) {
        return people.change(id, ApiRequests.requireVersion(request.version()), request.details());
    }

    @Operation(summary = "Remove a person", description = "409 while the person is on projects.")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<Void> remove(@PathVariable long id) {
        people.remove(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Open a staff sign-in account for the person",
            description = "Answers the generated password once; it is not stored in clear anywhere.")
    @PostMapping("/{id}/sign-in-account")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<GrantedAccount> giveSignInAccount(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(people.giveSignInAccount(id));
    }
}

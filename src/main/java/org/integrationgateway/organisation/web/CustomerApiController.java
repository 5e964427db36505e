package org.integrationgateway.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.organisation.GrantedAccount;
import org.integrationgateway.organisation.web.ApiRequests.ContactRequest;
import org.integrationgateway.organisation.web.ApiRequests.CustomerRequest;
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

@Tag(name = "Customers", description = "Customer organisations and their contacts; staff read, administrators and PMO write.")
@RestController
@RequestMapping("/api/customers")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class CustomerApiController {

    private final CustomerManagement customers;

    CustomerApiController(CustomerManagement customers) {
        this.customers = customers;
    }

    @Operation(summary = "List customers", description = "Search by name or industry; sort on name or industry.")
    @GetMapping
    PageResponse<CustomerView> list(@Parameter(description = "part of the name or industry") @RequestParam(required = false) String q,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @Parameter(description = "name|industry[,asc|desc]")
                                    @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, CustomerManagement.SORT_FIELDS, CustomerManagement.DEFAULT_SORT);
        return PageResponse.of(customers.list(q, pageable), c -> c);
    }

    @Operation(summary = "One customer with its number of contacts")
    @GetMapping("/{id}")
    CustomerView get(@PathVariable long id) {
        return customers.get(id);
    }

    @Operation(summary = "Create a customer")
    @PostMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerRequest request) {
        CustomerView created = customers.create(request.details());
        return ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(created);
    }

    @Operation(summary = "Change a customer", description = "Send the version you read; a stale version answers 409.")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    CustomerView change(@PathVariable long id, @Valid @RequestBody CustomerRequest request) {
        return customers.change(id, ApiRequests.requireVersion(request.version()), request.details());
    }

    @Operation(summary = "Delete a customer without contacts", description = "409 while it has contacts.")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        customers.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List a customer's contacts", description = "Search by name or e-mail; sort on name, email or jobTitle.")
    @GetMapping("/{customerId}/contacts")
    PageResponse<ContactView> contacts(@PathVariable long customerId,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @Parameter(description = "name|email|jobTitle[,asc|desc]")
                                       @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, CustomerManagement.CONTACT_SORT_FIELDS, CustomerManagement.DEFAULT_SORT);
        return PageResponse.of(customers.contacts(customerId, q, pageable), c -> c);
    }

    @Operation(summary = "One contact of a customer")
    @GetMapping("/{customerId}/contacts/{id}")
    ContactView contact(@PathVariable long customerId, @PathVariable long id) {
        return customers.contact(customerId, id);
    }

    @Operation(summary = "Add a contact to a customer")
    @PostMapping("/{customerId}/contacts")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<ContactView> addContact(@PathVariable long customerId, @Valid @RequestBody ContactRequest request) {
        ContactView added = customers.addContact(customerId, request.details());
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/contacts/" + added.id())).body(added);
    }

    @Operation(summary = "Change a contact", description = "Send the version you read; a stale version answers 409.")
    @PutMapping("/{customerId}/contacts/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ContactView changeContact(@PathVariable long customerId, @PathVariable long id,
                              @Valid @RequestBody ContactRequest request) {
        return customers.changeContact(customerId, id, ApiRequests.requireVersion(request.version()), request.details());
    }

    @Operation(summary = "Remove a contact")
    @DeleteMapping("/{customerId}/contacts/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<Void> removeContact(@PathVariable long customerId, @PathVariable long id) {
        customers.removeContact(customerId, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Give a contact portal access",
            description = "Opens a customer-contact account confined to this customer and answers its generated "
                    + "password once. 409 if the contact already has access or the e-mail has an account.")
    @PostMapping("/{customerId}/contacts/{id}/portal-access")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    ResponseEntity<GrantedAccount> givePortalAccess(@PathVariable long customerId, @PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(customers.givePortalAccess(customerId, id));
    }
}

package org.integrationgateway.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customer portal", description = "What a signed-in customer contact sees of their own organisation.")
@RestController
@PreAuthorize("hasRole('CUSTOMER_CONTACT')")
class PortalApiController {

    private final CustomerManagement customers;

    PortalApiController(CustomerManagement customers) {
        this.customers = customers;
    }

    @Operation(summary = "The signed-in contact's own organisation and its contacts")
    @GetMapping("/api/portal/organisation")
    PortalOrganisation organisation() {
        long customerId = ownOrganisation();
        CustomerView customer = customers.get(customerId);
        List<PortalOrganisation.Contact> contacts = customers.allContacts(customerId).stream()
                .map(c -> new PortalOrganisation.Contact(c.fullName(), c.email(), c.phone(), c.jobTitle())).toList();
        return new PortalOrganisation(customer.id(), customer.name(), customer.industry(), customer.website(), contacts);
    }

    /** The customer organisation the signed-in contact is confined to; nothing else is ever looked up. */
    static long ownOrganisation() {
        return CurrentUser.get().map(CurrentUser::customerOrganisation)
                .orElseThrow(() -> new NotFoundException("Customer", "of this account"));
    }

    /** The portal's view of an organisation: no account ids, no versions. */
    record PortalOrganisation(long id, String name, String industry, String website, List<Contact> contacts) {
        record Contact(String fullName, String email, String phone, String jobTitle) {
        }
    }
}

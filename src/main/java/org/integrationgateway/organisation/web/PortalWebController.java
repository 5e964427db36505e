package org.integrationgateway.organisation.web;

import org.integrationgateway.organisation.CustomerManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The customer portal's organisation page: the signed-in contact's own organisation, never any other. */
@Controller
@PreAuthorize("hasRole('CUSTOMER_CONTACT')")
class PortalWebController {

    private final CustomerManagement customers;

    PortalWebController(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping("/portal/organisation")
    String organisation(Model model) {
        long customerId = PortalApiController.ownOrganisation();
        model.addAttribute("customer", customers.get(customerId));
        model.addAttribute("contacts", customers.allContacts(customerId));
        return "portal/organisation";
    }
}

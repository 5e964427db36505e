package org.integrationgateway.acceptance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.integrationgateway.acceptance.CustomerPortal;
import org.integrationgateway.acceptance.CustomerPortal.OrderDetail;
import org.integrationgateway.changecontrol.SourcedRequest;
import org.integrationgateway.sales.CustomerOrder;
import org.integrationgateway.sales.CustomerQuote;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customer portal: orders and quotes", description = "A signed-in customer contact's own organisation's "
        + "orders and quotes. Anything of another organisation answers 404 exactly like an id that does not exist; "
        + "costs, votes, board comments and internal answer notes are never part of an answer.")
@RestController
@PreAuthorize("hasRole('CUSTOMER_CONTACT')")
class PortalSalesApiController {

    private final CustomerPortal portal;

    PortalSalesApiController(CustomerPortal portal) {
        this.portal = portal;
    }

    @GetMapping("/api/portal/orders")
    @Operation(summary = "The organisation's orders, latest booking first (without lines)")
    List<CustomerOrder> orders() {
        return portal.orders();
    }

    @GetMapping("/api/portal/orders/{id}")
    @Operation(summary = "One of the organisation's orders",
            description = "The order with its lines, the project's milestones (stages, gates, position and the gate's "
                    + "date: passed on or scheduled for), the spec items delivered as the order's variant "
                    + "(overridden: customised for this customer), its acceptance tasks and the change requests the "
                    + "customer raised on it. 404 when it is not the organisation's.")
    OrderDetail order(@PathVariable long id) {
        return portal.order(id);
    }

    @GetMapping("/api/portal/quotes")
    @Operation(summary = "The organisation's quotes, newest first (without lines)")
    List<CustomerQuote> quotes() {
        return portal.quotes();
    }

    @GetMapping("/api/portal/quotes/{id}")
    @Operation(summary = "One of the organisation's quotes with its active lines",
            description = "Options with title, quantity and price; customisations with the customer's wording, when "
                    + "they want it, their state (ASKED, DEFERRED, FEASIBLE, NOT_FEASIBLE, WITHDRAWN), the price delta "
                    + "the customer pays and the schedule delta in days once feasible, and when it was answered. 404 "
                    + "when it is not the organisation's.")
    CustomerQuote quote(@PathVariable long id) {
        return portal.quote(id);
    }

    @PostMapping("/api/portal/orders/{id}/change-requests")
    @Operation(summary = "Request a change to one of the organisation's orders",
            description = "Raised and submitted at once with origin CUSTOMER, source ORDER (the order), class NORMAL, "
                    + "held by the project's manager in the contact's name. 201 with Location of the order and the new "
                    + "request (id, key, title, state, raisedAt, origin). 400 title (required, up to 200 characters) "
                    + "or description (up to 10,000); 404 when the order is not the organisation's.")
    ResponseEntity<SourcedRequest> raiseChange(@PathVariable long id,
                                               @RequestBody(required = false) ChangeRequestBody body) {
        SourcedRequest raised = body == null ? portal.raiseChange(id, null, null)
                : portal.raiseChange(id, body.title(), body.description());
        return ResponseEntity.created(URI.create("/api/portal/orders/" + id)).body(raised);
    }

    /** A change request as the customer writes it. */
    record ChangeRequestBody(String title, String description) {
    }
}

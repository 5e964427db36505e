package org.integrationgateway.sales.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.OrderFilter;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteQueries;
import org.integrationgateway.sales.SalesOrder;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.sales.web.SalesApi.Context;
import org.integrationgateway.sales.web.SalesApi.OpportunityRef;
import org.integrationgateway.sales.web.SalesApi.OrderItem;
import org.integrationgateway.sales.web.SalesApi.OrderResponse;
import org.integrationgateway.sales.web.SalesApi.Ref;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sales orders", description = "Orders booked from accepted quotes (POST /api/sales/quotes/{id}/book). "
        + "Orders follow their opportunity, as quotes do, and are not changed once booked.")
@PreAuthorize("@salesPermissions.canRead()")
class OrderApiController {

    private final QuoteDesk desk;
    private final QuoteQueries queries;
    private final SalesPipeline pipeline;

    OrderApiController(QuoteDesk desk, QuoteQueries queries, SalesPipeline pipeline) {
        this.desk = desk;
        this.queries = queries;
        this.pipeline = pipeline;
    }

    @GetMapping("/api/sales/orders")
    @PreAuthorize("@salesPermissions.canUsePipeline()")
    @Operation(summary = "The orders the signed-in person sees, filtered, sorted and paged",
            description = "Filters combine: projectId, customerId, creditedTo (person id). sort is one of id, bookedOn, "
                    + "total, deliveryDate with ,asc or ,desc (default latest booking first). 400 for an unknown sort "
                    + "field or size above 100.")
    PageResponse<OrderItem> list(@RequestParam(required = false) Long projectId,
                                 @RequestParam(required = false) Long customerId,
                                 @RequestParam(required = false) Long creditedTo,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, QuoteQueries.ORDER_SORT.keySet(), QuoteQueries.DEFAULT_ORDER_SORT);
        return PageResponse.of(queries.orders(desk.viewer(), new OrderFilter(projectId, customerId, creditedTo),
                pageable), OrderItem::of);
    }

    @GetMapping("/api/sales/orders/{id}")
    @Operation(summary = "An order with its lines, deliverables and the gates its customisations were scheduled at",
            description = "404 when it does not exist or the signed-in person may not see it.")
    OrderResponse get(@PathVariable long id) {
        return represent(desk.order(id), pipeline);
    }

    static OrderResponse represent(SalesOrder order, SalesPipeline pipeline) {
        Opportunity opportunity = pipeline.opportunity(order.getOpportunity());
        Context context = new Context(new OpportunityRef(opportunity.getId(), opportunity.getTitle()),
                QuoteApiController.project(pipeline.projectsById(List.of(order.getProject())), order.getProject()),
                new Ref(order.getCustomer(), pipeline.customerNames(List.of(order.getCustomer()))
                        .getOrDefault(order.getCustomer(), "#" + order.getCustomer())));
        PersonSummary credited = pipeline.peopleById(List.of(order.getCreditedTo())).get(order.getCreditedTo());
        return OrderResponse.of(order, context, new Ref(order.getCreditedTo(),
                credited == null ? "#" + order.getCreditedTo() : credited.fullName()));
    }
}

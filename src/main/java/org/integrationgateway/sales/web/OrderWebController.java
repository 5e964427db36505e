package org.integrationgateway.sales.web;

import java.util.List;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.SalesOrder;
import org.integrationgateway.sales.SalesPipeline;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One order: its number, customer, project, the rep credited, when it was booked, the lines with the deliverables
 * they buy and the gate each customisation was scheduled at, total, delivery date, the customer's variant and the
 * hash of the accepted terms. Seen by whoever sees its opportunity (404 otherwise, through {@link QuoteDesk}).
 */
@Controller
@PreAuthorize("@salesPermissions.canRead()")
class OrderWebController {

    private final QuoteDesk desk;
    private final SalesPipeline pipeline;

    OrderWebController(QuoteDesk desk, SalesPipeline pipeline) {
        this.desk = desk;
        this.pipeline = pipeline;
    }

    @GetMapping("/sales/orders/{id}")
    String page(@PathVariable long id, Model model) {
        SalesOrder order = desk.order(id);
        model.addAttribute("order", order);
        model.addAttribute("quoteKey", Quote.key(order.getQuote()));
        model.addAttribute("customerName", pipeline.customerNames(List.of(order.getCustomer()))
                .getOrDefault(order.getCustomer(), "#" + order.getCustomer()));
        model.addAttribute("project", pipeline.projectsById(List.of(order.getProject())).get(order.getProject()));
        model.addAttribute("creditedTo", pipeline.peopleById(List.of(order.getCreditedTo())).get(order.getCreditedTo()));
        return "sales/order";
    }
}

package org.integrationgateway.sales.web;

import java.util.Locale;
import org.integrationgateway.sales.OrderFilter;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteFilter;
import org.integrationgateway.sales.QuoteQueries;
import org.integrationgateway.sales.QuoteState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quote list (filtered by state) and the order list, paged, for the people who may use the pipeline: a table on
 * wide screens, cards on a phone. An unknown state is shown as an error next to the filter rather than a 400 page.
 */
@Controller
@PreAuthorize("@salesPermissions.canUsePipeline()")
class QuoteListWebController {

    private final QuoteDesk desk;
    private final QuoteQueries queries;

    QuoteListWebController(QuoteDesk desk, QuoteQueries queries) {
        this.desk = desk;
        this.queries = queries;
    }

    @GetMapping("/sales/quotes")
    String quotes(@RequestParam(required = false) String state, @RequestParam(required = false) Integer page,
                  Model model) {
        QuoteState chosen = null;
        if (state != null && !state.isBlank()) {
            try {
                chosen = QuoteState.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                model.addAttribute("stateError", "unknown");
            }
        }
        var pageable = org.integrationgateway.shared.Paging.of(page, null, null, QuoteQueries.SORT.keySet(),
                QuoteQueries.DEFAULT_SORT);
        model.addAttribute("state", chosen);
        model.addAttribute("states", QuoteState.values());
        model.addAttribute("quotes", queries.quotes(desk.viewer(), new QuoteFilter(chosen, null, null, null), pageable));
        model.addAttribute("baseUrl", chosen == null ? "/sales/quotes" : "/sales/quotes?state=" + chosen.name());
        return "sales/quotes";
    }

    @GetMapping("/sales/orders")
    String orders(@RequestParam(required = false) Integer page, Model model) {
        var pageable = org.integrationgateway.shared.Paging.of(page, null, null, QuoteQueries.ORDER_SORT.keySet(),
                QuoteQueries.DEFAULT_ORDER_SORT);
        model.addAttribute("orders", queries.orders(desk.viewer(), OrderFilter.NONE, pageable));
        return "sales/orders";
    }
}

package org.integrationgateway.sales.web;

import java.util.List;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.sales.OpportunityRow;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.SalesAccounts;
import org.integrationgateway.sales.SalesAccounts.AccountDetail;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.shared.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The accounts (customers with their open pipeline) and an account's page: contacts, opportunities and totals per stage. */
@Controller
@PreAuthorize("@salesPermissions.canUsePipeline()")
class AccountWebController {

    private final SalesAccounts accounts;
    private final SalesPipeline pipeline;

    AccountWebController(SalesAccounts accounts, SalesPipeline pipeline) {
        this.accounts = accounts;
        this.pipeline = pipeline;
    }

    @GetMapping("/sales/accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        var pageable = Paging.of(page, null, null, CustomerManagement.SORT_FIELDS, CustomerManagement.DEFAULT_SORT);
        model.addAttribute("q", q);
        model.addAttribute("accounts", accounts.accounts(q, pageable));
        return "sales/accounts";
    }

    @GetMapping("/sales/accounts/{customerId}")
    String account(@PathVariable long customerId, Model model) {
        AccountDetail detail = accounts.account(customerId);
        model.addAttribute("account", detail);
        model.addAttribute("owners", pipeline.peopleById(detail.opportunities().stream()
                .map(OpportunityRow::ownerId).toList()));
        model.addAttribute("today", pipeline.today());
        model.addAttribute("stages", OpportunityStage.values());
        model.addAttribute("canCreate", pipeline.viewer().mayCreate());
        return "sales/account";
    }
}

package org.integrationgateway.sales.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.sales.SalesAccounts;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.sales.web.SalesApi.AccountItem;
import org.integrationgateway.sales.web.SalesApi.AccountResponse;
import org.integrationgateway.sales.web.SalesApi.Names;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sales accounts", description = "Customer organisations as sales accounts: their contacts (from the "
        + "organisation) and the opportunities the signed-in person sees on the pipeline. Same audience as the "
        + "pipeline (403 for other staff).")
@PreAuthorize("@salesPermissions.canUsePipeline()")
class AccountApiController {

    private final SalesAccounts accounts;
    private final SalesPipeline pipeline;

    AccountApiController(SalesAccounts accounts, SalesPipeline pipeline) {
        this.accounts = accounts;
        this.pipeline = pipeline;
    }

    @GetMapping("/api/sales/accounts")
    @Operation(summary = "Accounts with their open opportunities' totals per currency",
            description = "q matches name or industry; sort is name or industry with ,asc or ,desc (default name).")
    PageResponse<AccountItem> list(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, CustomerManagement.SORT_FIELDS, CustomerManagement.DEFAULT_SORT);
        return PageResponse.of(accounts.accounts(q, pageable), AccountItem::of);
    }

    @GetMapping("/api/sales/accounts/{customerId}")
    @Operation(summary = "An account: its contacts, its opportunities (open and closed) and totals per stage and currency",
            description = "404 for an unknown customer.")
    AccountResponse get(@PathVariable long customerId) {
        var detail = accounts.account(customerId);
        Names names = Names.of(pipeline, detail.opportunities());
        names = new Names(names.customers(), Names.contactNames(detail.contacts()), names.people());
        return AccountResponse.of(detail, names, pipeline.today());
    }
}

package org.integrationgateway.sales;

import java.util.List;
import java.util.Map;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.organisation.CustomerView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer organisations seen as sales accounts: read from organisation's public API (never copied), with the
 * opportunities the signed-in person may see on the pipeline.
 */
@Service
public class SalesAccounts {

    /** At most this many opportunities are listed on one account page. */
    public static final int MAX_ON_ACCOUNT = 500;

    private final CustomerManagement customers;
    private final OpportunityQueries queries;
    private final SalesPermissions permissions;

    SalesAccounts(CustomerManagement customers, OpportunityQueries queries, SalesPermissions permissions) {
        this.customers = customers;
        this.queries = queries;
        this.permissions = permissions;
    }

    /** A page of accounts (customers by name; {@code text} matches name or industry) with their open pipeline. */
    @Transactional(readOnly = true)
    public Page<AccountSummary> accounts(String text, Pageable pageable) {
        Page<CustomerView> page = customers.list(text, pageable);
        Map<Long, List<StageTotals>> open = queries.openTotalsByCustomer(permissions.viewer(),
                page.getContent().stream().map(CustomerView::id).toList());
        return new PageImpl<>(page.getContent().stream().map(customer -> new AccountSummary(customer,
                open.getOrDefault(customer.id(), List.of()))).toList(), pageable, page.getTotalElements());
    }

    /** One account with its contacts, the opportunities the viewer sees (open and closed) and totals per stage. */
    @Transactional(readOnly = true)
    public AccountDetail account(long customerId) {
        CustomerView customer = customers.get(customerId);
        SalesViewer viewer = permissions.viewer();
        OpportunityFilter filter = OpportunityFilter.NONE.withCustomer(customerId);
        return new AccountDetail(customer, customers.allContacts(customerId),
                queries.all(viewer, filter, MAX_ON_ACCOUNT), queries.totals(viewer, filter));
    }

    /** A customer with the totals of its open opportunities, per currency. */
    public record AccountSummary(CustomerView customer, List<StageTotals> openTotals) {

        public long openCount() {
            return openTotals.stream().mapToLong(StageTotals::count).sum();
        }
    }

    /** A customer with its contacts, opportunities and their totals per stage and currency. */
    public record AccountDetail(CustomerView customer, List<ContactView> contacts, List<OpportunityRow> opportunities,
                                List<StageTotals> totals) {
    }
}

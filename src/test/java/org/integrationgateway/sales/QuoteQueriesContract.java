package org.integrationgateway.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.sales.QuoteFixtures.customisation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.sales.QuoteFixtures.Shop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The quote and order lists against a real database: each viewer's scope (the opportunity's sales team, administrators,
 * the managers of the projects it concerns, nobody else), filters, paging and sorting, and the totals and counts the
 * SQL computes from the lines. Runs on H2 and on PostgreSQL.
 */
abstract class QuoteQueriesContract {

    @Autowired QuoteFixtures fixtures;
    @Autowired QuoteDesk desk;
    @Autowired QuoteQueries queries;
    @Autowired ChangeControl changeControl;
    @Autowired TestUsers users;

    Shop shop;

    @BeforeEach
    void setUp() {
        shop = fixtures.shop();
    }

    Page<QuoteRow> quotes(Member who, QuoteFilter filter, PageRequest page) {
        return as(who, () -> queries.quotes(desk.viewer(), filter, page));
    }

    QuoteFilter ofProject() {
        return new QuoteFilter(null, shop.project(), null, null);
    }

    Quote quote(LocalDate validUntil) {
        return as(shop.carla(), () -> desk.create(shop.opportunity(), new QuoteDraft(null, validUntil)));
    }

    static <T> T asUser(CurrentUser user, Supplier<T> action) {
        return as(new Member(0, user), action);
    }

    @Test
    void quotesFollowTheirOpportunitysScope() {
        Quote quote = quote(null);
        PageRequest page = PageRequest.of(0, 20, QuoteQueries.DEFAULT_SORT);
        assertThat(quotes(shop.carla(), ofProject(), page).getContent()).extracting(QuoteRow::id).containsExactly(quote.getId());
        assertThat(quotes(shop.gus(), ofProject(), page).getTotalElements()).isEqualTo(1);
        assertThat(quotes(shop.team().manager(), ofProject(), page).getTotalElements()).isEqualTo(1);
        assertThat(quotes(shop.dana(), ofProject(), page).getTotalElements()).isZero();
        assertThat(quotes(shop.team().engineer(), ofProject(), page).getTotalElements()).isZero();
        assertThat(quotes(shop.team().outsider(), ofProject(), page).getTotalElements()).isZero();
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        assertThat(asUser(admin, () -> queries.quotes(desk.viewer(), ofProject(), page)).getTotalElements()).isEqualTo(1);
        assertThat(asUser(shop.customer(), () -> queries.quotes(desk.viewer(), ofProject(), page)).getTotalElements())
                .isZero();
        assertThat(queries.quotes(SalesViewer.NOBODY, ofProject(), page).getTotalElements()).isZero();
    }

    @Test
    void theRowCarriesNamesTotalsAndCountsComputedFromTheActiveLines() {
        Quote quote = quote(LocalDate.now().plusDays(10));
        Quote withLines = as(shop.carla(), () -> {
            desk.addCustomisation(quote.getId(), null, customisation("Blue paint", "40000"));
            desk.addCustomisation(quote.getId(), null, customisation("Stainless frame", "50000"));
            return desk.removeLine(quote.getId(), null, 1);
        });
        QuoteRow row = quotes(shop.carla(), ofProject(), PageRequest.of(0, 20, QuoteQueries.DEFAULT_SORT)).getContent().get(0);
        assertThat(row.key()).isEqualTo(withLines.key());
        assertThat(row.state()).isEqualTo(QuoteState.AWAITING_ANSWERS);
        assertThat(row.opportunityId()).isEqualTo(shop.opportunity());
        assertThat(row.opportunityTitle()).startsWith("K7 line for Bellamy");
        assertThat(row.projectCode()).isEqualTo(shop.team().code());
        assertThat(row.projectName()).isEqualTo("Project " + shop.team().code());
        assertThat(row.customerId()).isEqualTo(shop.bellamy());
        assertThat(row.customerName()).startsWith("Bellamy Foods");
        assertThat(row.currency()).isEqualTo("EUR");
        assertThat(row.total()).isEqualByComparingTo("0.00");
        assertThat(row.activeLines()).isEqualTo(1);
        assertThat(row.pendingCustomisations()).isEqualTo(1);
        assertThat(row.validUntil()).isEqualTo(LocalDate.now().plusDays(10));
        assertThat(row.createdBy()).isEqualTo("Carla Reyes");
        assertThat(row.createdAt()).isNotNull();
        assertThat(row.orderId()).isNull();
        assertThat(row.version()).isEqualTo(withLines.getVersion());

        long changeRequest = withLines.line(2).getChangeRequest();
        ChangeControlFixtures.as(shop.team().engineer(), () -> {
            changeControl.startAssessment(changeRequest, null, null);
            changeControl.assess(changeRequest, null, ChangeControlFixtures.impact("1200", 3, "mechanical"));
            return changeControl.completeAssessment(changeRequest, null, null);
        });
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> quotes(shop.carla(), ofProject(),
                PageRequest.of(0, 20, QuoteQueries.DEFAULT_SORT)).getContent().get(0).state() == QuoteState.READY);
        QuoteRow answered = quotes(shop.carla(), ofProject(), PageRequest.of(0, 20, QuoteQueries.DEFAULT_SORT))
                .getContent().get(0);
        assertThat(answered.total()).isEqualByComparingTo(new BigDecimal("1900.00"));
        assertThat(answered.total().scale()).isEqualTo(2);
        assertThat(answered.pendingCustomisations()).isZero();
    }

    @Test
    void filtersPagingAndSorting() {
        Quote late = quote(LocalDate.now().plusDays(30));
        Quote early = quote(LocalDate.now().plusDays(5));
        Quote middle = quote(LocalDate.now().plusDays(15));
        as(shop.carla(), () -> desk.addCustomisation(middle.getId(), null, customisation("Blue paint", "100")));

        Page<QuoteRow> first = quotes(shop.carla(), ofProject(), PageRequest.of(0, 2, QuoteQueries.DEFAULT_SORT));
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(first.getContent()).extracting(QuoteRow::id).containsExactly(middle.getId(), early.getId());
        assertThat(quotes(shop.carla(), ofProject(), PageRequest.of(1, 2, QuoteQueries.DEFAULT_SORT)).getContent())
                .extracting(QuoteRow::id).containsExactly(late.getId());
        assertThat(quotes(shop.carla(), ofProject(), PageRequest.of(5, 2, QuoteQueries.DEFAULT_SORT)).getContent())
                .isEmpty();
        assertThat(quotes(shop.carla(), ofProject(), PageRequest.of(0, 5, Sort.by("validUntil"))).getContent())
                .extracting(QuoteRow::id).containsExactly(early.getId(), middle.getId(), late.getId());
        assertThat(quotes(shop.carla(), ofProject(), PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "state")))
                .getContent()).extracting(QuoteRow::id).first().isEqualTo(middle.getId());

        assertThat(quotes(shop.carla(), new QuoteFilter(QuoteState.AWAITING_ANSWERS, shop.project(), null, null),
                PageRequest.of(0, 5, QuoteQueries.DEFAULT_SORT)).getContent()).extracting(QuoteRow::id)
                .containsExactly(middle.getId());
        assertThat(quotes(shop.carla(), new QuoteFilter(QuoteState.DRAFT, null, shop.bellamy(), null),
                PageRequest.of(0, 5, QuoteQueries.DEFAULT_SORT)).getTotalElements()).isEqualTo(2);
        assertThat(quotes(shop.carla(), new QuoteFilter(null, null, null, shop.opportunity()),
                PageRequest.of(0, 5, QuoteQueries.DEFAULT_SORT)).getTotalElements()).isEqualTo(3);
        assertThat(quotes(shop.carla(), new QuoteFilter(null, shop.project() + 100_000, null, null),
                PageRequest.of(0, 5, QuoteQueries.DEFAULT_SORT)).getTotalElements()).isZero();
    }

    @Test
    void ordersAreListedInTheirOpportunitysScope() {
        String option = as(shop.carla(), () -> desk.offer(quote(null).getId())).options().stream()
                .filter(o -> o.title().equals("Servo film feeder")).findFirst().orElseThrow().itemKey();
        Quote quote = quote(null);
        SalesOrder order = as(shop.carla(), () -> {
            Quote ready = desk.addOption(quote.getId(), null, option, 2);
            Quote accepted = desk.accept(quote.getId(), ready.getVersion(), new Acceptance("Hannah Bellamy", shop.hannah()));
            return desk.book(quote.getId(), accepted.getVersion());
        });
        PageRequest page = PageRequest.of(0, 20, QuoteQueries.DEFAULT_ORDER_SORT);
        OrderFilter ofProject = new OrderFilter(shop.project(), null, null);
        List<OrderRow> rows = as(shop.gus(), () -> queries.orders(desk.viewer(), ofProject, page)).getContent();
        assertThat(rows).hasSize(1);
        OrderRow row = rows.get(0);
        assertThat(row.id()).isEqualTo(order.getId());
        assertThat(row.number()).isEqualTo(order.number());
        assertThat(row.quoteKey()).isEqualTo(quote.key());
        assertThat(row.creditedToId()).isEqualTo(shop.carla().person());
        assertThat(row.creditedToName()).isEqualTo("Carla Reyes");
        assertThat(row.customerName()).startsWith("Bellamy Foods");
        assertThat(row.projectCode()).isEqualTo(shop.team().code());
        assertThat(row.total()).isEqualByComparingTo("25000.00");
        assertThat(row.bookedOn()).isEqualTo(LocalDate.now());
        assertThat(row.bookedAt()).isNotNull();
        assertThat(row.lineCount()).isEqualTo(1);
        assertThat(as(shop.team().manager(), () -> queries.orders(desk.viewer(), ofProject, page)).getTotalElements())
                .isEqualTo(1);
        assertThat(as(shop.dana(), () -> queries.orders(desk.viewer(), ofProject, page)).getTotalElements()).isZero();
        assertThat(as(shop.team().outsider(), () -> queries.orders(desk.viewer(), ofProject, page)).getTotalElements())
                .isZero();
        assertThat(as(shop.gus(), () -> queries.orders(desk.viewer(), new OrderFilter(null, null,
                shop.gus().person()), page)).getTotalElements()).isZero();
        assertThat(quotes(shop.carla(), new QuoteFilter(QuoteState.ORDERED, shop.project(), null, null),
                PageRequest.of(0, 5, QuoteQueries.DEFAULT_SORT)).getContent()).extracting(QuoteRow::orderId)
                .containsExactly(order.getId());
    }
}

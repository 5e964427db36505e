package org.integrationgateway.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.integrationgateway.acceptance.CustomerPortal.OrderDetail;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourcedRequest;
import org.integrationgateway.sales.CustomerOrder;
import org.integrationgateway.sales.CustomerQuote;
import org.integrationgateway.sales.CustomerSales;
import org.integrationgateway.sales.CustomisationState;
import org.integrationgateway.sales.LineKind;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.stagegate.LifecycleView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal service shows a contact their own organisation's sales records only, without costs or votes; its SQL
 * runs on H2 and on PostgreSQL.
 */
abstract class CustomerPortalContract {

    @Autowired PortalFixtures fixtures;
    @Autowired CustomerPortal portal;
    @Autowired CustomerSales sales;
    @Autowired ChangeControl changeControl;
    @Autowired JdbcTemplate jdbc;

    Delivery d;

    @BeforeEach
    void setUp() {
        d = fixtures.acceptance().delivery();
    }

    @Test
    void aQuoteShowsTheCustomisationStateAndPriceButNeitherCostNorTheBoardsComment() {
        long quoteId = fixtures.answeredQuote(d);
        CustomerQuote quote = asHannah(() -> portal.quote(quoteId));
        assertThat(quote.key()).startsWith("Q-");
        assertThat(quote.lines()).hasSize(2);
        CustomerQuote.Line option = quote.lines().get(0);
        assertThat(option.kind()).isEqualTo(LineKind.OPTION);
        assertThat(option.itemKey()).isEqualTo("SPEC-2");
        assertThat(option.unitPrice()).isEqualByComparingTo("12500");
        CustomerQuote.Line custom = quote.lines().get(1);
        assertThat(custom.title()).isEqualTo(PortalFixtures.CUSTOMISATION);
        assertThat(custom.customisation()).isEqualTo(CustomisationState.FEASIBLE);
        assertThat(custom.priceDelta()).isEqualByComparingTo("4321.00");
        assertThat(custom.scheduleDeltaDays()).isEqualTo(12);
        assertThat(custom.answeredAt()).isNotNull();
        assertThat(quote.total()).isEqualByComparingTo(new BigDecimal("16821.00"));
        assertThat(quote.toString()).doesNotContain(PortalFixtures.SECRET_COST, "98765", PortalFixtures.SECRET_COMMENT,
                "margin");
        assertThat(asHannah(() -> portal.quotes())).extracting(CustomerQuote::id).contains(quoteId);
    }

    @Test
    void theOrderPageHasLinesMilestonesTheVariantsItemsTasksAndTheCustomersChangeRequests() {
        AcceptanceTask task = fixtures.acceptance().task(d);
        OrderDetail detail = asHannah(() -> portal.order(d.orderA()));
        CustomerOrder order = detail.order();
        assertThat(order.number()).isEqualTo(d.orderANumber());
        assertThat(order.lines()).extracting(CustomerOrder.Line::itemKey).containsExactly("SPEC-1", "SPEC-2");
        assertThat(detail.deliveredItems()).extracting(i -> i.itemKey()).containsExactlyInAnyOrder("SPEC-1", "SPEC-2");
        assertThat(detail.tasks()).extracting(CustomerPortal.PortalTask::id).containsExactly(task.getId());
        assertThat(detail.milestones()).isNotEmpty();
        assertThat(detail.milestones()).extracting(CustomerPortal.Milestone::position)
                .contains(LifecycleView.Position.CURRENT);
        assertThat(detail.changeRequests()).isEmpty();

        SourcedRequest raised = asHannah(() -> portal.raiseChange(d.orderA(), "  Add a second   label printer ",
                "For the **export** line."));
        ChangeRequest request = changeControl.changeRequest(raised.id());
        assertThat(request.getTitle()).isEqualTo("Add a second label printer");
        assertThat(request.getOrigin()).isEqualTo(Origin.CUSTOMER);
        assertThat(request.getSource().kind()).isEqualTo(SourceKind.ORDER);
        assertThat(request.getSource().reference()).isEqualTo(Long.toString(d.orderA()));
        assertThat(request.getSource().label()).isEqualTo(d.orderANumber());
        assertThat(asHannah(() -> portal.order(d.orderA())).changeRequests()).extracting(SourcedRequest::key)
                .containsExactly(raised.key());
        assertThat(changeControl.requestsForSource(SourceKind.ORDER, Long.toString(d.orderB()))).isEmpty();
    }

    @Test
    void badChangeRequestsAreRefusedWithTheFieldAndWriteNothing() {
        long before = changeRequests();
        assertThatThrownBy(() -> asHannah(() -> portal.raiseChange(d.orderA(), "  ", null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> asHannah(() -> portal.raiseChange(d.orderA(), "x".repeat(201), null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> asHannah(() -> portal.raiseChange(d.orderA(), "Fine", "y".repeat(10_001))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("description"));
        assertThat(changeRequests()).isEqualTo(before);
    }

    @Test
    void anotherCustomersOrderAndQuoteAreNotFoundAndNothingIsRaised() {
        long quoteB = fixtures.quoteOfOrder(d.orderB());
        long before = changeRequests();
        assertThatThrownBy(() -> asHannah(() -> portal.order(d.orderB()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asHannah(() -> portal.quote(quoteB))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asHannah(() -> portal.raiseChange(d.orderB(), "Mine now", null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(changeRequests()).isEqualTo(before);
        assertThat(asHannah(() -> portal.orders())).extracting(CustomerOrder::id)
                .contains(d.orderA()).doesNotContain(d.orderB());
        assertThat(asHannah(() -> portal.quotes())).extracting(CustomerQuote::id).doesNotContain(quoteB);
        assertThat(sales.order(d.customerA(), d.orderB())).isEmpty();
        assertThat(sales.quote(d.customerA(), quoteB)).isEmpty();
        assertThat(sales.quotes(d.customerB())).extracting(CustomerQuote::id).containsExactly(quoteB);
    }

    @Test
    void theHomeShowsOrdersOpenQuotesAndOpenTasks() {
        long quoteId = fixtures.answeredQuote(d);
        AcceptanceTask task = fixtures.acceptance().task(d);
        CustomerPortal.Home home = asHannah(() -> portal.home());
        assertThat(home.contact().customerId()).isEqualTo(d.customerA());
        assertThat(home.orders()).extracting(CustomerOrder::id).containsExactly(d.orderA());
        assertThat(home.openQuotes()).extracting(CustomerQuote::id).containsExactly(quoteId);
        assertThat(home.openTasks()).extracting(CustomerPortal.PortalTask::id).containsExactly(task.getId());
    }

    @Test
    void staffHaveNoPortal() {
        assertThatThrownBy(() -> ChangeControlFixtures.as(d.shop().team().manager(), () -> portal.orders()))
                .isInstanceOf(NotFoundException.class);
    }

    private long changeRequests() {
        return jdbc.queryForObject("select count(*) from change_request", Long.class);
    }

    private <T> T asHannah(java.util.function.Supplier<T> action) {
        return AcceptanceFixtures.asCustomer(d.hannahAccount(), action);
    }
}

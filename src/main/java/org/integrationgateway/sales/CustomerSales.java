package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales records a customer organisation may see of itself, for the customer portal and acceptance. No
 * permission checks here: callers confine a customer contact to their own organisation first, and every method that
 * takes a customer answers empty for another customer's records, never saying whether they exist. What the portal
 * reads ({@link CustomerQuote}, {@link CustomerOrder}) carries no costs, internal answer notes or votes; each list is
 * one SQL query, never one per row.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSales {

    private static final String QUOTE_TOTAL = "coalesce((select sum(case when l.kind = 'OPTION' then l.unit_price * "
            + "l.quantity when l.answer = 'FEASIBLE' then coalesce(l.price_delta, 0) else 0 end) from quote_line l "
            + "where l.quote = q.id and l.status = 'ACTIVE'), 0)";
    private static final String QUOTE_PENDING = "(select count(*) from quote_line l where l.quote = q.id "
            + "and l.status = 'ACTIVE' and l.kind = 'CUSTOMISATION' and l.answer in ('OPEN', 'DEFERRED'))";

    private final SalesOrders orders;
    private final Quotes quotes;
    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerSales(SalesOrders orders, Quotes quotes, JdbcClient jdbc, Clock clock) {
        this.orders = orders;
        this.quotes = quotes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The order's facts, whoever's it is (for the project team's side). */
    public Optional<OrderFacts> orderFacts(long orderId) {
        return orders.findById(orderId).map(CustomerSales::facts);
    }

    /** The order's facts if it is {@code customerId}'s, empty otherwise. */
    public Optional<OrderFacts> orderFacts(long customerId, long orderId) {
        return orderFacts(orderId).filter(facts -> facts.customerId() == customerId);
    }

    /** The customer's quotes, newest first, without lines (one query). */
    public List<CustomerQuote> quotes(long customerId) {
        return jdbc.sql("select q.id, q.project, p.name as project_name, q.state, q.valid_until, q.currency, "
                        + QUOTE_TOTAL + " as total, " + QUOTE_PENDING + " as pending, q.sales_order"
                        + " from quote q join project p on p.id = q.project where q.customer = :customer order by q.id desc")
                .param("customer", customerId)
                .query((rs, n) -> new CustomerQuote(rs.getLong("id"), Quote.key(rs.getLong("id")), rs.getLong("project"),
                        rs.getString("project_name"), QuoteState.valueOf(rs.getString("state")),
                        rs.getObject("valid_until", LocalDate.class), rs.getString("currency"),
                        money(rs.getBigDecimal("total")), null, rs.getInt("pending"), nullableLong(rs, "sales_order"),
                        orderNumber(nullableLong(rs, "sales_order")), List.of()))
                .list();
    }

    /** The customer's quote with its active lines, empty when there is none or it is another customer's. */
    public Optional<CustomerQuote> quote(long customerId, long quoteId) {
        return quotes.findById(quoteId).filter(q -> q.getCustomer() == customerId).map(q -> {
            List<CustomerQuote.Line> lines = q.activeLines().stream().map(CustomerSales::line).toList();
            return new CustomerQuote(q.getId(), q.key(), q.getProject(), projectName(q.getProject()), q.getState(),
                    q.getValidUntil(), q.getCurrency(), money(q.total()), q.deliveryDate(LocalDate.now(clock)),
                    (int) q.activeLines().stream().filter(QuoteLine::pending).count(), q.getSalesOrder(),
                    orderNumber(q.getSalesOrder()), lines);
        });
    }

    /** The customer's orders, latest booking first, without lines (one query). */
    public List<CustomerOrder> orders(long customerId) {
        return jdbc.sql("select s.id, s.project, p.name as project_name, s.booked_on, s.currency, s.total,"
                        + " s.delivery_date, s.variant, s.quote,"
                        + " (select count(*) from sales_order_line sl where sl.sales_order = s.id) as line_count"
                        + " from sales_order s join project p on p.id = s.project where s.customer = :customer"
                        + " order by s.booked_on desc, s.id desc")
                .param("customer", customerId)
                .query((rs, n) -> new CustomerOrder(rs.getLong("id"), orderNumber(rs.getLong("id")),
                        rs.getLong("project"), rs.getString("project_name"), rs.getObject("booked_on", LocalDate.class),
                        rs.getString("currency"), money(rs.getBigDecimal("total")),
                        rs.getObject("delivery_date", LocalDate.class), nullableLong(rs, "variant"), rs.getLong("quote"),
                        Quote.key(rs.getLong("quote")), rs.getInt("line_count"), List.of()))
                .list();
    }

    /** The customer's order with its lines, empty when there is none or it is another customer's. */
    public Optional<CustomerOrder> order(long customerId, long orderId) {
        return orders.findById(orderId).filter(o -> o.getCustomer() == customerId).map(o -> {
            List<OrderLine> source = o.getLines();
            List<CustomerOrder.Line> lines = new java.util.ArrayList<>();
            for (int i = 0; i < source.size(); i++) {
                OrderLine line = source.get(i);
                lines.add(new CustomerOrder.Line(i + 1, line.kind(), line.description(), line.itemKey(),
                        line.quantity(), money(line.amount()), line.scheduledGate()));
            }
            return new CustomerOrder(o.getId(), o.number(), o.getProject(), projectName(o.getProject()),
                    o.getBookedOn(), o.getCurrency(), money(o.getTotal()), o.getDeliveryDate(), o.getVariant(),
                    o.getQuote(), Quote.key(o.getQuote()), lines.size(), List.copyOf(lines));
        });
    }

    static OrderFacts facts(SalesOrder order) {
        Set<String> keys = new LinkedHashSet<>();
        for (OrderLine line : order.getLines()) {
            keys.addAll(line.deliverableKeys());
        }
        return new OrderFacts(order.getId(), order.number(), order.getCustomer(), order.getProject(),
                order.getVariant(), order.getBookedAt(), List.copyOf(keys));
    }

    /**
     * The facts of every order booked on the project, newest first, whoever's they are (for the project team's side
     * of acceptance: the assign form lists them with their customer).
     */
    public List<OrderFacts> ordersOfProject(long projectId) {
        return orders.findByProjectOrderByIdDesc(projectId).stream().map(CustomerSales::facts).toList();
    }

    private static CustomerQuote.Line line(QuoteLine line) {
        boolean customisation = line.getKind() == LineKind.CUSTOMISATION;
        CustomisationState state = customisation ? CustomisationState.of(line.getAnswer()) : null;
        boolean feasible = state == CustomisationState.FEASIBLE;
        return new CustomerQuote.Line(line.getNumber(), line.getKind(), line.getItemKey(), line.getDescription(),
                line.getQuantity(), customisation ? null : money(line.getUnitPrice()),
                customisation && !feasible ? null : money(line.amount()),
                line.getWantedBy(), state, feasible ? money(line.getPriceDelta()) : null,
                feasible ? line.getScheduleDeltaDays() : null, customisation ? line.getAnsweredAt() : null);
    }

    private String projectName(long projectId) {
        return jdbc.sql("select name from project where id = :id").param("id", projectId).query(String.class).single();
    }

    private static String orderNumber(Long orderId) {
        return orderId == null ? null : String.format("ORD-%04d", orderId);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}

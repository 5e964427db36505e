package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of quotes and orders: paged lists limited to what the viewer may see, scoped as the opportunity they
 * belong to ({@link SalesViewer}: the opportunity owner's sales department, everything for administrators and PMO, the
 * opportunities concerning the projects a manager manages). Each page is one SQL query (plus its count) that also
 * reads the names lists show (customer, project, credited rep), so a page never costs a query per row. Sort fields
 * are translated through fixed maps, so no request text reaches the SQL.
 */
@Component
public class QuoteQueries {

    private static final String STATE_ORDER = "case q.state when 'DRAFT' then 1 when 'AWAITING_ANSWERS' then 2 "
            + "when 'READY' then 3 when 'ACCEPTED' then 4 when 'ORDERED' then 5 when 'DECLINED' then 6 else 7 end";

    /** The documented sort fields of the quote list. */
    public static final Map<String, String> SORT = Map.of("id", "q.id", "createdAt", "q.created_at",
            "validUntil", "q.valid_until", "state", STATE_ORDER);
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "id");

    /** The documented sort fields of the order list. */
    public static final Map<String, String> ORDER_SORT = Map.of("id", "s.id", "bookedOn", "s.booked_on",
            "total", "s.total", "deliveryDate", "s.delivery_date");
    public static final Sort DEFAULT_ORDER_SORT = Sort.by(Sort.Direction.DESC, "bookedOn");

    private static final String ACTIVE_TOTAL = "coalesce((select sum(case when l.kind = 'OPTION' then l.unit_price * "
            + "l.quantity when l.answer = 'FEASIBLE' then coalesce(l.price_delta, 0) else 0 end) from quote_line l "
            + "where l.quote = q.id and l.status = 'ACTIVE'), 0)";
    private static final String ACTIVE_LINES = "(select count(*) from quote_line l where l.quote = q.id "
            + "and l.status = 'ACTIVE')";
    private static final String PENDING = "(select count(*) from quote_line l where l.quote = q.id "
            + "and l.status = 'ACTIVE' and l.kind = 'CUSTOMISATION' and l.answer in ('OPEN', 'DEFERRED'))";

    private static final String QUOTES = " from quote q join opportunity o on o.id = q.opportunity";
    private static final String SELECT_QUOTES = "select q.id, q.state, q.opportunity, o.title as opportunity_title,"
            + " q.project, p.code as project_code, p.name as project_name, q.customer, c.name as customer_name,"
            + " q.currency, " + ACTIVE_TOTAL + " as total, " + ACTIVE_LINES + " as active_lines, " + PENDING
            + " as pending, q.valid_until, q.created_by, q.created_at, q.sales_order, q.version" + QUOTES
            + " join project p on p.id = q.project join customer c on c.id = q.customer";

    private static final String ORDERS = " from sales_order s join opportunity o on o.id = s.opportunity";
    private static final String SELECT_ORDERS = "select s.id, s.quote, s.opportunity, o.title as opportunity_title,"
            + " s.customer, c.name as customer_name, s.project, p.code as project_code, p.name as project_name,"
            + " s.credited_to, r.full_name as credited_name, s.booked_by, s.booked_at, s.booked_on, s.total, s.currency,"
            + " s.delivery_date, (select count(*) from sales_order_line sl where sl.sales_order = s.id) as line_count"
            + ORDERS + " join project p on p.id = s.project join customer c on c.id = s.customer"
            + " join person r on r.id = s.credited_to";

    private static final RowMapper<QuoteRow> QUOTE_ROW = (rs, n) -> new QuoteRow(rs.getLong("id"),
            QuoteState.valueOf(rs.getString("state")), rs.getLong("opportunity"), rs.getString("opportunity_title"),
            rs.getLong("project"), rs.getString("project_code"), rs.getString("project_name"), rs.getLong("customer"),
            rs.getString("customer_name"), rs.getString("currency"), money(rs.getBigDecimal("total")),
            rs.getInt("active_lines"), rs.getInt("pending"), rs.getObject("valid_until", LocalDate.class),
            rs.getString("created_by"), instant(rs, "created_at"), SqlWhere.nullableLong(rs, "sales_order"), rs.getLong("version"));

    private static final RowMapper<OrderRow> ORDER_ROW = (rs, n) -> new OrderRow(rs.getLong("id"), rs.getLong("quote"),
            rs.getLong("opportunity"), rs.getString("opportunity_title"), rs.getLong("customer"),
            rs.getString("customer_name"), rs.getLong("project"), rs.getString("project_code"),
            rs.getString("project_name"), rs.getLong("credited_to"), rs.getString("credited_name"),
            rs.getString("booked_by"), instant(rs, "booked_at"), rs.getObject("booked_on", LocalDate.class),
            money(rs.getBigDecimal("total")), rs.getString("currency"), rs.getObject("delivery_date", LocalDate.class),
            rs.getInt("line_count"));

    private final NamedParameterJdbcTemplate jdbc;

    QuoteQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the quotes the viewer sees, filtered and sorted (fields of {@link #SORT}). */
    public Page<QuoteRow> quotes(SalesViewer viewer, QuoteFilter filter, Pageable pageable) {
        SqlWhere where = scope(viewer, "q");
        where.equal(filter.state() == null ? null : filter.state().name(), "q.state", "state");
        where.equal(filter.projectId(), "q.project", "project");
        where.equal(filter.customerId(), "q.customer", "customer");
        where.equal(filter.opportunityId(), "q.opportunity", "opportunityId");
        return page(QUOTES, SELECT_QUOTES, where, pageable, SORT, "q.id", QUOTE_ROW);
    }

    /** A page of the orders the viewer sees, filtered and sorted (fields of {@link #ORDER_SORT}). */
    public Page<OrderRow> orders(SalesViewer viewer, OrderFilter filter, Pageable pageable) {
        SqlWhere where = scope(viewer, "s");
        where.equal(filter.projectId(), "s.project", "project");
        where.equal(filter.customerId(), "s.customer", "customer");
        where.equal(filter.creditedTo(), "s.credited_to", "creditedTo");
        return page(ORDERS, SELECT_ORDERS, where, pageable, ORDER_SORT, "s.id", ORDER_ROW);
    }

    private <T> Page<T> page(String from, String select, SqlWhere where, Pageable pageable, Map<String, String> sortable,
                             String tieBreaker, RowMapper<T> mapper) {
        long total = jdbc.queryForObject("select count(*)" + from + where.sql(), where.params, Long.class);
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        MapSqlParameterSource params = where.params.addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        List<T> rows = jdbc.query(select + where.sql() + orderBy(pageable.getSort(), sortable, tieBreaker)
                + " limit :limit offset :offset", params, mapper);
        return new PageImpl<>(rows, pageable, total);
    }

    /** Quotes and orders follow their opportunity ({@code o}); {@code alias} is the quote's or order's. */
    private static SqlWhere scope(SalesViewer viewer, String alias) {
        SqlWhere where = new SqlWhere();
        if (!viewer.signedIn()) {
            where.conditions.add("1 = 0");
        } else if (!viewer.everything()) {
            List<String> scope = new ArrayList<>();
            if (viewer.salesDepartment() != null) {
                scope.add("o.owner_department = :department");
                where.params.addValue("department", viewer.salesDepartment());
            }
            if (!viewer.managedProjects().isEmpty()) {
                scope.add("exists (select 1 from opportunity_project sp where sp.opportunity = " + alias
                        + ".opportunity and sp.project in (:managed))");
                where.params.addValue("managed", viewer.managedProjects());
            }
            where.conditions.add(scope.isEmpty() ? "1 = 0" : "(" + String.join(" or ", scope) + ")");
        }
        return where;
    }

    private static String orderBy(Sort sort, Map<String, String> sortable, String tieBreaker) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = sortable.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Unsupported sort field " + order.getProperty());
            }
            parts.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        parts.add(tieBreaker + " desc");
        return " order by " + String.join(", ", parts);
    }

    private static BigDecimal money(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package org.integrationgateway.sales;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 * The read side of the pipeline: lists, board cards and totals per stage and currency, each one SQL query limited to
 * what the viewer may see ({@link SalesViewer}). Sort fields are translated through a fixed map, so no request text
 * reaches the SQL. Amounts of different currencies are never added together.
 */
@Component
public class OpportunityQueries {

    private static final String STAGE_ORDER = "case o.stage when 'PROSPECT' then 1 when 'QUALIFIED' then 2 "
            + "when 'PROPOSAL' then 3 when 'NEGOTIATION' then 4 when 'WON' then 5 else 6 end";
    private static final String WEIGHTED = "round(o.amount * o.probability / 100.0, 2)";

    /** The documented sort fields of the opportunity list. */
    public static final Map<String, String> SORT = Map.of("id", "o.id", "title", "o.title", "value", "o.amount",
            "probability", "o.probability", "expectedClose", "o.expected_close", "stage", STAGE_ORDER,
            "createdAt", "o.created_at");
    public static final Sort DEFAULT_SORT = Sort.by("stage", "expectedClose");

    private static final String SELECT = "select o.id, o.customer, o.contact, o.title, o.stage, o.amount, o.currency,"
            + " o.probability, " + WEIGHTED + " as weighted, o.expected_close, o.owner, o.owner_department, o.version"
            + " from opportunity o";

    private static final RowMapper<OpportunityRow> ROW = (rs, n) -> new OpportunityRow(rs.getLong("id"),
            rs.getLong("customer"), SqlWhere.nullableLong(rs, "contact"), rs.getString("title"),
            OpportunityStage.valueOf(rs.getString("stage")), rs.getBigDecimal("amount"), rs.getString("currency"),
            rs.getInt("probability"), rs.getBigDecimal("weighted").setScale(2, java.math.RoundingMode.HALF_UP), rs.getObject("expected_close",
            java.time.LocalDate.class), rs.getLong("owner"), rs.getLong("owner_department"), rs.getLong("version"));

    private static final RowMapper<StageTotals> TOTALS = (rs, n) -> new StageTotals(
            OpportunityStage.valueOf(rs.getString("stage")), rs.getString("currency"), rs.getLong("n"),
            rs.getBigDecimal("total").setScale(2, java.math.RoundingMode.HALF_UP), rs.getBigDecimal("weighted").setScale(2, java.math.RoundingMode.HALF_UP));

    private final NamedParameterJdbcTemplate jdbc;

    OpportunityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the opportunities the viewer sees, filtered and sorted (fields of {@link #SORT}). */
    public Page<OpportunityRow> list(SalesViewer viewer, OpportunityFilter filter, Pageable pageable) {
        SqlWhere where = where(viewer, filter);
        long total = jdbc.queryForObject("select count(*) from opportunity o" + where.sql(), where.params, Long.class);
        if (total == 0) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        MapSqlParameterSource params = where.params.addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        List<OpportunityRow> rows = jdbc.query(SELECT + where.sql() + orderBy(pageable.getSort())
                + " limit :limit offset :offset", params, ROW);
        return new PageImpl<>(rows, pageable, total);
    }

    /** Up to {@code limit} opportunities the viewer sees, by stage and then expected close date. */
    public List<OpportunityRow> all(SalesViewer viewer, OpportunityFilter filter, int limit) {
        SqlWhere where = where(viewer, filter);
        where.params.addValue("limit", limit);
        return jdbc.query(SELECT + where.sql() + orderBy(DEFAULT_SORT) + " limit :limit", where.params, ROW);
    }

    /** Count, value and weighted value per stage and currency of the opportunities the viewer sees. */
    public List<StageTotals> totals(SalesViewer viewer, OpportunityFilter filter) {
        SqlWhere where = where(viewer, filter);
        return jdbc.query("select o.stage, o.currency, count(*) as n, sum(o.amount) as total, sum(" + WEIGHTED
                + ") as weighted from opportunity o" + where.sql() + " group by o.stage, o.currency order by o.currency",
                where.params, TOTALS);
    }

    /** Per customer: the open opportunities' totals per currency (stage is the last open one, unused). */
    public Map<Long, List<StageTotals>> openTotalsByCustomer(SalesViewer viewer, Collection<Long> customers) {
        if (customers.isEmpty()) {
            return Map.of();
        }
        SqlWhere where = where(viewer, OpportunityFilter.NONE.onlyOpen());
        where.conditions.add("o.customer in (:customers)");
        where.params.addValue("customers", customers);
        Map<Long, List<StageTotals>> result = new java.util.HashMap<>();
        jdbc.query("select o.customer, o.currency, count(*) as n, sum(o.amount) as total, sum(" + WEIGHTED
                + ") as weighted from opportunity o" + where.sql() + " group by o.customer, o.currency order by o.currency",
                where.params, rs -> {
                    result.computeIfAbsent(rs.getLong("customer"), c -> new ArrayList<>()).add(new StageTotals(
                            OpportunityStage.NEGOTIATION, rs.getString("currency"), rs.getLong("n"),
                            rs.getBigDecimal("total").setScale(2, java.math.RoundingMode.HALF_UP), rs.getBigDecimal("weighted").setScale(2, java.math.RoundingMode.HALF_UP)));
                });
        return result;
    }

    /** The currencies in use on the opportunities the viewer sees, for the currency filter. */
    public List<String> currencies(SalesViewer viewer) {
        SqlWhere where = where(viewer, OpportunityFilter.NONE);
        return jdbc.queryForList("select distinct o.currency from opportunity o" + where.sql() + " order by o.currency",
                where.params, String.class);
    }

    private static SqlWhere where(SalesViewer viewer, OpportunityFilter filter) {
        SqlWhere where = new SqlWhere();
        if (!viewer.everything()) {
            List<String> scope = new ArrayList<>();
            if (viewer.salesDepartment() != null) {
                scope.add("o.owner_department = :department");
                where.params.addValue("department", viewer.salesDepartment());
            }
            if (!viewer.managedProjects().isEmpty()) {
                scope.add("exists (select 1 from opportunity_project sp where sp.opportunity = o.id"
                        + " and sp.project in (:managed))");
                where.params.addValue("managed", viewer.managedProjects());
            }
            where.conditions.add(scope.isEmpty() ? "1 = 0" : "(" + String.join(" or ", scope) + ")");
        }
        where.equal(filter.ownerId(), "o.owner", "owner");
        where.equal(filter.customerId(), "o.customer", "customer");
        where.equal(filter.currency() == null || filter.currency().isBlank() ? null
                : filter.currency().strip().toUpperCase(Locale.ROOT), "o.currency", "currency");
        where.equal(filter.stage() == null ? null : filter.stage().name(), "o.stage", "stage");
        if (filter.projectId() != null) {
            where.conditions.add("exists (select 1 from opportunity_project fp where fp.opportunity = o.id"
                    + " and fp.project = :project)");
            where.params.addValue("project", filter.projectId());
        }
        if (filter.open() != null) {
            where.conditions.add(filter.open() ? "o.stage not in ('WON', 'LOST')" : "o.stage in ('WON', 'LOST')");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.conditions.add("lower(o.title) like :text escape '\\'");
            where.params.addValue("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where;
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Unsupported sort field " + order.getProperty());
            }
            parts.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        parts.add("o.id");
        return " order by " + String.join(", ", parts);
    }
}

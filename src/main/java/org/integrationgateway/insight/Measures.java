package org.integrationgateway.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the measures. Insight is a read-only reporting module: each measure is one or two aggregate queries over
 * the tables of sales, acceptance, change control, stage-gate and portfolio (grouped in the database, never a query
 * per row), filtered by program and period. Medians and 90th percentiles are the databases' continuous percentiles
 * ({@code percentile_cont}, linear interpolation). Months are calendar months in UTC. Staff only: anyone else gets
 * {@link NotFoundException} (customers never learn that the measures exist).
 */
@Component
@Transactional(readOnly = true)
public class Measures {

    /** A program the filter can choose. */
    public record ProgramOption(long id, String code, String name) {
    }

    private static final String TOTAL = "all";

    private final NamedParameterJdbcTemplate jdbc;
    private final InsightPermissions permissions;
    private final Clock clock;

    Measures(NamedParameterJdbcTemplate jdbc, InsightPermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Today in UTC, the end of the default period. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The programs, by code, for the filter. */
    public List<ProgramOption> programs() {
        check();
        return jdbc.query("select id, code, name from program order by code", Map.of(),
                (rs, n) -> new ProgramOption(rs.getLong("id"), rs.getString("code"), rs.getString("name")));
    }

    /** One measure under the filter; 400 (field programId) when the program does not exist. */
    public MeasureTable compute(Measure measure, MeasureFilter filter) {
        check();
        checkProgram(filter);
        Query q = new Query(filter);
        List<Map<String, Object>> rows = switch (measure) {
            case BOOKINGS -> bookings(q);
            case ACCEPTANCES -> acceptances(q);
            case ORDER_TO_ACCEPTANCE -> orderToAcceptance(q);
            case CHANGE_CYCLE_TIMES -> changeCycleTimes(q);
            case CHANGE_APPROVALS -> changeApprovals(q);
            case CHANGE_EFFECTS -> changeEffects(q);
            case INTERRUPTIONS -> interruptions(q);
            case GATE_DECISIONS -> gateDecisions(q);
            case STAGE_CYCLE_TIMES -> stageCycleTimes(q);
            case FUNNEL -> funnel(q);
        };
        return new MeasureTable(measure, filter, rows);
    }

    /** Every measure under the filter, in the order of {@link Measure}. */
    public List<MeasureTable> all(MeasureFilter filter) {
        check();
        checkProgram(filter);
        List<MeasureTable> tables = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            tables.add(compute(measure, filter));
        }
        return tables;
    }

    private void check() {
        if (!permissions.canRead()) {
            throw new NotFoundException("measure", "scoreboard");
        }
    }

    private void checkProgram(MeasureFilter filter) {
        if (filter.programId() != null && jdbc.queryForObject("select count(*) from program where id = :id",
                Map.of("id", filter.programId()), Long.class) == 0) {
            throw new InvalidRequestException("programId", "There is no program " + filter.programId() + ".");
        }
    }

    // ---- sales ------------------------------------------------------------------------------------------------------

    private List<Map<String, Object>> bookings(Query q) {
        String sql = "select t.y, t.m, t.credited_to, t.full_name, t.currency, count(*) as orders, sum(t.total) as amount"
                + " from (select " + year("o.booked_on") + " as y, " + month("o.booked_on") + " as m, o.credited_to,"
                + " p.full_name, o.currency, o.total from sales_order o join person p on p.id = o.credited_to"
                + " join project j on j.id = o.project where o.booked_on >= :fromDate and o.booked_on <= :toDate"
                + q.program() + ") t group by t.y, t.m, t.credited_to, t.full_name, t.currency"
                + " order by t.y, t.m, t.full_name, t.credited_to, t.currency";
        return jdbc.query(sql, q.params, (rs, n) -> row(Measure.BOOKINGS, period(rs), rs.getLong("credited_to"),
                rs.getString("full_name"), rs.getString("currency"), rs.getLong("orders"),
                rs.getBigDecimal("amount").setScale(2, RoundingMode.HALF_UP)));
    }

    // ---- acceptance -------------------------------------------------------------------------------------------------

    private List<Map<String, Object>> acceptances(Query q) {
        String sql = "select t.y, t.m, count(*) as decisions,"
                + " sum(case when t.outcome = 'ACCEPTED' then 1 else 0 end) as accepted,"
                + " sum(case when t.first_time then 1 else 0 end) as first_decisions,"
                + " sum(case when t.first_time and t.outcome = 'ACCEPTED' then 1 else 0 end) as first_accepted"
                + " from (select " + year(utc("r.decided_at")) + " as y, " + month(utc("r.decided_at")) + " as m,"
                + " r.outcome, r.first_time from acceptance_record r join project j on j.id = r.project"
                + " where r.decided_at >= :fromTime and r.decided_at < :toTime" + q.program() + ") t"
                + " group by t.y, t.m order by t.y, t.m";
        List<Map<String, Object>> rows = new ArrayList<>();
        long[] total = new long[4];
        jdbc.query(sql, q.params, rs -> {
            long decisions = rs.getLong("decisions");
            long accepted = rs.getLong("accepted");
            long firstDecisions = rs.getLong("first_decisions");
            long firstAccepted = rs.getLong("first_accepted");
            rows.add(acceptanceRow(period(rs), decisions, accepted, firstDecisions, firstAccepted));
            total[0] += decisions;
            total[1] += accepted;
            total[2] += firstDecisions;
            total[3] += firstAccepted;
        });
        rows.add(acceptanceRow(TOTAL, total[0], total[1], total[2], total[3]));
        return rows;
    }

    private static Map<String, Object> acceptanceRow(String period, long decisions, long accepted, long firstDecisions,
                                                     long firstAccepted) {
        return row(Measure.ACCEPTANCES, period, decisions, accepted, decisions - accepted, firstDecisions,
                firstAccepted, ratio(firstAccepted, firstDecisions));
    }

    private List<Map<String, Object>> orderToAcceptance(Query q) {
        String firsts = "(select f.accepted_at, " + seconds("f.accepted_at", "o.booked_at") + " as seconds, "
                + year(utc("f.accepted_at")) + " as y, " + month(utc("f.accepted_at")) + " as m"
                + " from (select r.sales_order, r.deliverable_key, min(r.decided_at) as accepted_at"
                + " from acceptance_record r where r.outcome = 'ACCEPTED' and r.sales_order is not null"
                + " group by r.sales_order, r.deliverable_key) f join sales_order o on o.id = f.sales_order"
                + " join project j on j.id = o.project where f.accepted_at >= :fromTime and f.accepted_at < :toTime"
                + q.program() + ") t";
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.query("select t.y, t.m, count(*) as n, "
                + percentiles("t.seconds") + " from " + firsts + " group by t.y, t.m order by t.y, t.m", q.params,
                (rs, n) -> row(Measure.ORDER_TO_ACCEPTANCE, period(rs), rs.getLong("n"), days(rs, "p50"),
                        days(rs, "p90"))));
        rows.add(jdbc.queryForObject("select count(*) as n, " + percentiles("t.seconds") + " from " + firsts, q.params,
                (rs, n) -> row(Measure.ORDER_TO_ACCEPTANCE, TOTAL, rs.getLong("n"), days(rs, "p50"),
                        days(rs, "p90"))));
        return rows;
    }

    // ---- change control ---------------------------------------------------------------------------------------------

    private List<Map<String, Object>> changeCycleTimes(Query q) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (String changeClass : List.of("STANDARD", "NORMAL", "EMERGENCY")) {
            for (String phase : List.of("SUBMITTED_TO_DECIDED", "DECIDED_TO_IMPLEMENTED")) {
                byKey.put(changeClass + phase, row(Measure.CHANGE_CYCLE_TIMES, changeClass, phase, 0L, null, null));
            }
        }
        String decided = "select c.change_class, count(*) as n, " + percentiles(seconds("c.decided_at", "c.submitted_at"))
                + " from change_request c join project j on j.id = c.project where c.decided_at >= :fromTime"
                + " and c.decided_at < :toTime and c.submitted_at is not null" + q.program()
                + " group by c.change_class";
        jdbc.query(decided, q.params, rs -> {
            put(byKey, rs, "SUBMITTED_TO_DECIDED");
        });
        String implemented = "select c.change_class, count(*) as n, "
                + percentiles(seconds("i.implemented_at", "c.decided_at")) + " from change_request c"
                + " join (select t.change_request, min(t.occurred_at) as implemented_at from change_request_transition t"
                + " where t.to_state = 'IMPLEMENTED' group by t.change_request) i on i.change_request = c.id"
                + " join project j on j.id = c.project where i.implemented_at >= :fromTime"
                + " and i.implemented_at < :toTime and c.decided_at is not null" + q.program()
                + " group by c.change_class";
        jdbc.query(implemented, q.params, rs -> {
            put(byKey, rs, "DECIDED_TO_IMPLEMENTED");
        });
        return new ArrayList<>(byKey.values());
    }

    private static void put(Map<String, Map<String, Object>> byKey, ResultSet rs, String phase) throws SQLException {
        String changeClass = rs.getString("change_class");
        byKey.put(changeClass + phase, row(Measure.CHANGE_CYCLE_TIMES, changeClass, phase, rs.getLong("n"),
                hours(rs, "p50"), hours(rs, "p90")));
    }

    private List<Map<String, Object>> changeApprovals(Query q) {
        String sql = "select t.y, t.m, count(*) as decided,"
                + " sum(case when t.decision = 'APPROVE' then 1 else 0 end) as approved,"
                + " sum(case when t.decision = 'REJECT' then 1 else 0 end) as rejected,"
                + " sum(case when t.decision = 'DEFER' then 1 else 0 end) as deferred"
                + " from (select " + year(utc("c.decided_at")) + " as y, " + month(utc("c.decided_at")) + " as m,"
                + " c.decision from change_request c join project j on j.id = c.project where c.decision is not null"
                + " and c.decided_at >= :fromTime and c.decided_at < :toTime" + q.program() + ") t"
                + " group by t.y, t.m order by t.y, t.m";
        List<Map<String, Object>> rows = new ArrayList<>();
        long[] total = new long[4];
        jdbc.query(sql, q.params, rs -> {
            long[] counts = {rs.getLong("decided"), rs.getLong("approved"), rs.getLong("rejected"),
                    rs.getLong("deferred")};
            rows.add(approvalRow(period(rs), counts));
            for (int i = 0; i < counts.length; i++) {
                total[i] += counts[i];
            }
        });
        rows.add(approvalRow(TOTAL, total));
        return rows;
    }

    private static Map<String, Object> approvalRow(String period, long[] counts) {
        return row(Measure.CHANGE_APPROVALS, period, counts[0], counts[1], counts[2], counts[3],
                ratio(counts[1], counts[0]));
    }

    private List<Map<String, Object>> changeEffects(Query q) {
        String sql = "select c.impact_currency, count(*) as n, sum(c.impact_cost_delta) as cost,"
                + " sum(c.impact_schedule_delta_days) as days from change_request c join project j on j.id = c.project"
                + " where c.decision = 'APPROVE' and c.decided_at >= :fromTime and c.decided_at < :toTime"
                + q.program() + " group by c.impact_currency order by c.impact_currency";
        return jdbc.query(sql, q.params, (rs, n) -> {
            BigDecimal cost = rs.getBigDecimal("cost");
            long days = rs.getLong("days");
            boolean noDays = rs.wasNull();
            return row(Measure.CHANGE_EFFECTS, rs.getString("impact_currency"), rs.getLong("n"),
                    cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP), noDays ? 0L : days);
        });
    }

    private List<Map<String, Object>> interruptions(Query q) {
        String until = "least(coalesce(i.ended_at, :now), :toTime)";
        String sql = "select j.id, j.code, count(*) as n, sum(" + seconds(until, "greatest(i.started_at, :fromTime)")
                + ") as seconds from lifecycle_interruption i join project_lifecycle l on l.id = i.project_lifecycle"
                + " join project j on j.id = l.project where i.started_at < :toTime"
                + " and coalesce(i.ended_at, :now) > :fromTime and i.started_at < :now" + q.program()
                + " group by j.id, j.code order by j.code";
        return jdbc.query(sql, q.params, (rs, n) -> row(Measure.INTERRUPTIONS, rs.getLong("id"), rs.getString("code"),
                rs.getLong("n"), hours(rs, "seconds")));
    }

    // ---- gates ------------------------------------------------------------------------------------------------------

    private List<Map<String, Object>> gateDecisions(Query q) {
        String sql = "select t.y, t.m, t.decision, count(*) as n from (select " + year(utc("g.decided_at")) + " as y, "
                + month(utc("g.decided_at")) + " as m, g.decision from gate_decision g join project j on j.id = g.project"
                + " where g.decided_at >= :fromTime and g.decided_at < :toTime" + q.program() + ") t"
                + " group by t.y, t.m, t.decision order by t.y, t.m, t.decision";
        return jdbc.query(sql, q.params, (rs, n) -> row(Measure.GATE_DECISIONS, period(rs), rs.getString("decision"),
                rs.getLong("n")));
    }

    private List<Map<String, Object>> stageCycleTimes(Query q) {
        String sql = "select g.stage_index, s.name, count(*) as n, "
                + percentiles(seconds("g.decided_at", "coalesce(p.decided_at, l.started_at)"))
                + " from gate_decision g join project_lifecycle l on l.project = g.project"
                + " left join gate_decision p on p.project = g.project and p.decision = 'GO'"
                + " and p.stage_index = g.stage_index - 1"
                + " join template_stage s on s.process_template = g.process_template and s.stage_index = g.stage_index"
                + " join project j on j.id = g.project where g.decision = 'GO' and g.decided_at >= :fromTime"
                + " and g.decided_at < :toTime" + q.program() + " group by g.stage_index, s.name"
                + " order by g.stage_index, s.name";
        return jdbc.query(sql, q.params, (rs, n) -> row(Measure.STAGE_CYCLE_TIMES, rs.getInt("stage_index"),
                rs.getString("name"), rs.getLong("n"), days(rs, "p50"), days(rs, "p90")));
    }

    private List<Map<String, Object>> funnel(Query q) {
        String sql = "select l.current_stage, s.name,"
                + " sum(case when l.state = 'ACTIVE' then 1 else 0 end) as active,"
                + " sum(case when l.state = 'ON_HOLD' then 1 else 0 end) as on_hold,"
                + " sum(case when l.state = 'INTERRUPTED' then 1 else 0 end) as interrupted,"
                + " sum(case when l.state = 'COMPLETED' then 1 else 0 end) as completed,"
                + " sum(case when l.state = 'KILLED' then 1 else 0 end) as killed"
                + " from project_lifecycle l join template_stage s on s.process_template = l.process_template"
                + " and s.stage_index = l.current_stage join project j on j.id = l.project where 1 = 1" + q.program()
                + " group by l.current_stage, s.name order by l.current_stage, s.name";
        return jdbc.query(sql, q.params, (rs, n) -> row(Measure.FUNNEL, rs.getInt("current_stage"), rs.getString("name"),
                rs.getLong("active"), rs.getLong("on_hold"), rs.getLong("interrupted"), rs.getLong("completed"),
                rs.getLong("killed")));
    }

    // ---- SQL pieces -------------------------------------------------------------------------------------------------

    private static String utc(String timestamp) {
        return "(" + timestamp + " at time zone 'UTC')";
    }

    private static String year(String expression) {
        return "cast(extract(year from " + expression + ") as integer)";
    }

    private static String month(String expression) {
        return "cast(extract(month from " + expression + ") as integer)";
    }

    private static String seconds(String later, String earlier) {
        return "extract(epoch from (" + later + " - " + earlier + "))";
    }

    private static String percentiles(String expression) {
        return "percentile_cont(0.5) within group (order by " + expression + ") as p50, "
                + "percentile_cont(0.9) within group (order by " + expression + ") as p90";
    }

    private static String period(ResultSet rs) throws SQLException {
        return String.format("%04d-%02d", rs.getInt("y"), rs.getInt("m"));
    }

    private static BigDecimal days(ResultSet rs, String column) throws SQLException {
        return scaled(rs, column, 86_400);
    }

    private static BigDecimal hours(ResultSet rs, String column) throws SQLException {
        return scaled(rs, column, 3_600);
    }

    private static BigDecimal scaled(ResultSet rs, String column, int secondsPerUnit) throws SQLException {
        BigDecimal seconds = rs.getBigDecimal(column);
        return seconds == null ? null : seconds.divide(BigDecimal.valueOf(secondsPerUnit), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> row(Measure measure, Object... values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(measure.columns().get(i), values[i]);
        }
        return row;
    }

    private final class Query {
        private final MeasureFilter filter;
        private final MapSqlParameterSource params = new MapSqlParameterSource();

        Query(MeasureFilter filter) {
            this.filter = filter;
            params.addValue("fromDate", filter.from()).addValue("toDate", filter.to())
                    .addValue("fromTime", filter.start()).addValue("toTime", filter.end())
                    .addValue("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            if (filter.programId() != null) {
                params.addValue("program", filter.programId());
            }
        }

        String program() {
            return filter.programId() == null ? "" : " and j.program = :program";
        }
    }
}

package org.integrationgateway.research;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of the research board: findings filtered by state, segment, source, project (through what they bear
 * on), confidence and whether they carry an open contradiction, searched in title, summary and evidence
 * (case-insensitive, {@code %} and {@code _} taken literally), sorted through a fixed map (no request text reaches the
 * SQL) and paged. A page is one query for its rows (the bearing and contradiction counts are computed in it, so there
 * is no query per row) plus its count; the counts per state are one grouped query. Staff only: for anyone else every
 * page is empty.
 */
@Component
public class ResearchQueries {

    private static final String CONFIDENCE_ORDER = "case f.confidence when 'LOW' then 1 when 'MEDIUM' then 2 else 3 end";

    /** The documented sort fields. */
    public static final Map<String, String> SORT = Map.of("id", "f.id", "observedOn", "f.observed_on",
            "surfacedAt", "f.surfaced_at", "title", "lower(f.title)", "confidence", CONFIDENCE_ORDER,
            "sampleSize", "coalesce(f.sample_size, -1)");
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "observedOn");

    private static final String OPEN_CONTRADICTIONS = "(select count(*) from finding_bearing c where c.research_finding"
            + " = f.id and c.contradicts = true and f.state <> 'ACTIONED')";
    private static final String SELECT = "select f.id, f.title, f.source, f.segment, f.confidence, f.sample_size,"
            + " f.observed_on, f.surfaced_by_name, f.surfaced_at, f.state, f.outcome, f.version,"
            + " (select count(*) from finding_bearing b where b.research_finding = f.id) as bearing_count, "
            + OPEN_CONTRADICTIONS + " as contradiction_count from research_finding f";

    private static final RowMapper<FindingRow> ROW = (rs, n) -> new FindingRow(rs.getLong("id"), rs.getString("title"),
            EvidenceSource.valueOf(rs.getString("source")), rs.getString("segment"),
            Confidence.valueOf(rs.getString("confidence")), nullableInt(rs, "sample_size"),
            rs.getObject("observed_on", LocalDate.class), rs.getString("surfaced_by_name"), instant(rs, "surfaced_at"),
            FindingState.valueOf(rs.getString("state")),
            rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
            rs.getInt("bearing_count"), rs.getInt("contradiction_count"), rs.getLong("version"));

    private final NamedParameterJdbcTemplate jdbc;
    private final ResearchPermissions permissions;

    ResearchQueries(NamedParameterJdbcTemplate jdbc, ResearchPermissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    /** A page of findings, filtered and sorted (fields of {@link #SORT}). */
    public Page<FindingRow> findings(FindingFilter filter, Pageable pageable) {
        if (!permissions.canRead()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        Where where = where(filter, true);
        long total = jdbc.queryForObject("select count(*) from research_finding f" + where.sql(), where.params,
                Long.class);
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        MapSqlParameterSource params = where.params.addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        List<FindingRow> rows = jdbc.query(SELECT + where.sql() + orderBy(pageable.getSort())
                + " limit :limit offset :offset", params, ROW);
        return new PageImpl<>(rows, pageable, total);
    }

    /** How many findings are in each state under the filter's other conditions (its state is ignored). */
    public StateCounts counts(FindingFilter filter) {
        if (!permissions.canRead()) {
            return new StateCounts(0, 0, 0);
        }
        Where where = where(filter, false);
        long[] counts = new long[3];
        jdbc.query("select f.state, count(*) as n from research_finding f" + where.sql() + " group by f.state",
                where.params, rs -> {
                    counts[FindingState.valueOf(rs.getString("state")).ordinal()] = rs.getLong("n");
                });
        return new StateCounts(counts[0], counts[1], counts[2]);
    }

    /** The segments findings were recorded in, alphabetically, for the board's filter. */
    public List<String> segments() {
        if (!permissions.canRead()) {
            return List.of();
        }
        return jdbc.queryForList("select distinct segment from research_finding order by segment", Map.of(),
                String.class);
    }

    private static Where where(FindingFilter filter, boolean withState) {
        Where where = new Where();
        if (withState && filter.state() != null) {
            where.add("f.state = :state", "state", filter.state().name());
        }
        if (filter.segment() != null && !filter.segment().isBlank()) {
            where.add("f.segment = :segment", "segment", filter.segment().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.source() != null) {
            where.add("f.source = :source", "source", filter.source().name());
        }
        if (filter.confidence() != null) {
            where.add("f.confidence = :confidence", "confidence", filter.confidence().name());
        }
        if (filter.projectId() != null) {
            where.add("exists (select 1 from finding_bearing p where p.research_finding = f.id and p.project = :project)",
                    "project", filter.projectId());
        }
        if (filter.flagged() != null) {
            String contradiction = "exists (select 1 from finding_bearing x where x.research_finding = f.id"
                    + " and x.contradicts = true" + (filter.projectId() == null ? "" : " and x.project = :project")
                    + ") and f.state <> 'ACTIONED'";
            where.conditions.add(filter.flagged() ? "(" + contradiction + ")" : "not (" + contradiction + ")");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String q = filter.q().strip();
            if (q.length() > FindingFilter.MAX_QUERY) {
                throw new InvalidRequestException("q", "Search for at most " + FindingFilter.MAX_QUERY + " characters.");
            }
            String pattern = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.add("(lower(f.title) like :q escape '\\' or lower(coalesce(f.summary, '')) like :q escape '\\'"
                    + " or lower(coalesce(f.evidence, '')) like :q escape '\\')", "q", pattern);
        }
        return where;
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT.get(order.getProperty());
            if (column == null) {
                throw new InvalidRequestException("sort", "Unsupported sort field " + order.getProperty() + ".");
            }
            parts.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        parts.add("f.id desc");
        return " order by " + String.join(", ", parts);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final MapSqlParameterSource params = new MapSqlParameterSource();

        void add(String condition, String param, Object value) {
            conditions.add(condition);
            params.addValue(param, value);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}

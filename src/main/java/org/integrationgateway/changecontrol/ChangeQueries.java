package org.integrationgateway.changecontrol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.integrationgateway.portfolio.AssignmentView;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of change control: the change log (paged, filtered and sorted in SQL, one query plus a count), its
 * CSV export (streamed), a project's counts, and a board member's decision queue. Sort fields are translated
 * through a fixed map, so no request text reaches the SQL.
 */
@Service
@Transactional(readOnly = true)
public class ChangeQueries {

    /** Sort fields of the change log, by API name. */
    public static final Map<String, String> SORT = Map.of("id", "cr.id", "raisedAt", "cr.raised_at",
            "priority", "case cr.priority when 'CRITICAL' then 4 when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end",
            "state", "cr.state", "title", "lower(cr.title)", "targetStage", "cr.target_stage");
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "id");

    private static final String SELECT = "select cr.id, cr.project, cr.title, cr.origin, cr.source_kind, cr.source_label,"
            + " cr.change_class, cr.priority, cr.state, cr.target_stage, cr.target_gate_name, cr.requester,"
            + " cr.requester_name, cr.raised_at, cr.submitted_at, cr.impact_cost_delta, cr.impact_currency,"
            + " cr.impact_schedule_delta_days, cr.impact_risk, cr.revenue_at_stake, cr.revenue_currency, cr.decision,"
            + " cr.decision_forum, cr.decided_by, cr.decided_at, cr.version from change_request cr";

    private static final RowMapper<ChangeLogEntry> ENTRY = (rs, n) -> new ChangeLogEntry(rs.getLong("id"),
            rs.getLong("project"), rs.getString("title"), Origin.valueOf(rs.getString("origin")),
            SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_label"),
            ChangeClass.valueOf(rs.getString("change_class")), Priority.valueOf(rs.getString("priority")),
            ChangeState.valueOf(rs.getString("state")), integer(rs, "target_stage"), rs.getString("target_gate_name"),
            rs.getLong("requester"), rs.getString("requester_name"), instant(rs, "raised_at"),
            instant(rs, "submitted_at"), rs.getBigDecimal("impact_cost_delta"), rs.getString("impact_currency"),
            integer(rs, "impact_schedule_delta_days"), enumOf(Risk.class, rs.getString("impact_risk")),
            rs.getBigDecimal("revenue_at_stake"), rs.getString("revenue_currency"),
            enumOf(VoteChoice.class, rs.getString("decision")), enumOf(DecisionForum.class, rs.getString("decision_forum")),
            rs.getString("decided_by"), instant(rs, "decided_at"), rs.getLong("version"));

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectBoards boards;
    private final Portfolio portfolio;
    private final ProjectMatrix matrix;
    private final Clock clock;

    ChangeQueries(NamedParameterJdbcTemplate jdbc, ProjectBoards boards, Portfolio portfolio,
                  ProjectMatrix matrix, Clock clock) {
        this.jdbc = jdbc;
        this.boards = boards;
        this.portfolio = portfolio;
        this.matrix = matrix;
        this.clock = clock;
    }

    /** A page of the project's change log, every state included (rejected, deferred and withdrawn too). */
    public Page<ChangeLogEntry> changeLog(long projectId, ChangeFilter filter, Pageable pageable) {
        portfolio.project(projectId);
        MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
        String where = where(filter, params);
        long total = jdbc.queryForObject("select count(*) from change_request cr" + where, params, Long.class);
        String order = orderBy(pageable.getSort());
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<ChangeLogEntry> content = jdbc.query(SELECT + where + order + " limit :limit offset :offset", params, ENTRY);
        return new PageImpl<>(content, pageable, total);
    }

    /** Streams the whole filtered change log as CSV (RFC 4180, UTF-8), oldest first. */
    public void exportCsv(long projectId, ChangeFilter filter, Writer out) {
        portfolio.project(projectId);
        MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
        String where = where(filter, params);
        ChangeLogCsv csv = new ChangeLogCsv(out);
        csv.header();
        jdbc.query(SELECT + where + " order by cr.id", params, (ResultSet rs) -> {
            csv.row(ENTRY.mapRow(rs, 0));
        });
        csv.flush();
    }

    /** How many change requests the project has, by state. */
    public ChangeCounts counts(long projectId) {
        Map<ChangeState, Long> byState = new EnumMap<>(ChangeState.class);
        jdbc.query("select state, count(*) as n from change_request where project = :project group by state",
                Map.of("project", projectId), (ResultSet rs) -> {
                    byState.put(ChangeState.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        long emergencies = jdbc.queryForObject("select count(*) from change_request where project = :project"
                + " and interrupted_at is not null and interruption_ended_at is null", Map.of("project", projectId), Long.class);
        long total = byState.values().stream().mapToLong(Long::longValue).sum();
        long open = ChangeState.OPEN.stream().mapToLong(s -> byState.getOrDefault(s, 0L)).sum();
        return new ChangeCounts(total, open, byState.getOrDefault(ChangeState.AWAITING_DECISION, 0L), emergencies, byState);
    }

    /**
     * The change requests waiting for a decision of a board {@code personId} sits on (stored boards, and default
     * boards of projects they manage or keep the gate of), soonest due first. Customisations asked for by a customer
     * on a quote (source QUOTE_LINE) join the queue from submission, not only once assessed, both for the board
     * and for the project's assessors (its manager, engineers and designers), because a customer is waiting for the
     * answer.
     */
    public List<DecisionQueueEntry> decisionQueue(long personId) {
        Set<Long> candidates = new LinkedHashSet<>(jdbc.queryForList("select b.project from change_board b"
                + " join change_board_member m on m.change_board = b.id where m.person = :person",
                Map.of("person", personId), Long.class));
        Set<Long> defaultBoardCandidates = new HashSet<>(portfolio.projectsManagedBy(personId));
        for (AssignmentView assignment : matrix.assignmentsOf(personId)) {
            if (assignment.projectRole() == ProjectRole.GATEKEEPER && !assignment.endDate().isBefore(matrix.today())) {
                defaultBoardCandidates.add(assignment.projectId());
            }
        }
        candidates.addAll(defaultBoardCandidates);
        Set<Long> assessing = new HashSet<>(portfolio.projectsManagedBy(personId));
        for (AssignmentView assignment : matrix.assignmentsOf(personId)) {
            if ((assignment.projectRole() == ProjectRole.ENGINEER || assignment.projectRole() == ProjectRole.DESIGNER
                    || assignment.projectRole() == ProjectRole.PROJECT_MANAGER) && !assignment.endDate().isBefore(matrix.today())) {
                assessing.add(assignment.projectId());
            }
        }
        candidates.addAll(assessing);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, ChangeBoard> boardOf = new HashMap<>();
        Set<Long> onBoard = new HashSet<>();
        for (Long project : candidates) {
            ChangeBoard board = boards.of(project);
            if (board.isMember(personId)) {
                onBoard.add(project);
                boardOf.put(project, board);
            } else if (assessing.contains(project)) {
                boardOf.put(project, board);
            }
        }
        if (boardOf.isEmpty()) {
            return List.of();
        }
        String customerWaiting = "(cr.source_kind = 'QUOTE_LINE' and cr.state in ('SUBMITTED', 'UNDER_ASSESSMENT'))";
        MapSqlParameterSource params = new MapSqlParameterSource("board", onBoard.isEmpty() ? Set.of(-1L) : onBoard)
                .addValue("assessing", assessing.isEmpty() ? Set.of(-1L) : assessing);
        List<ChangeLogEntry> waiting = jdbc.query(SELECT + " where (cr.project in (:board) and (cr.state = 'AWAITING_DECISION'"
                + " or (cr.change_class = 'EMERGENCY' and cr.state in ('SUBMITTED', 'UNDER_ASSESSMENT')) or " + customerWaiting
                + ")) or (cr.project in (:assessing) and " + customerWaiting + ")"
                + " order by cr.id limit 500", params, ENTRY);
        Set<Long> voted = waiting.isEmpty() ? Set.of() : new HashSet<>(jdbc.queryForList("select v.change_request"
                + " from change_request_vote v join change_request cr on cr.id = v.change_request"
                + " where v.person = :person and v.round = cr.decision_round and cr.id in (:ids)",
                new MapSqlParameterSource("person", personId).addValue("ids", waiting.stream().map(ChangeLogEntry::id).toList()),
                Long.class));
        Map<Long, Project> projects = portfolio.projectsById(boardOf.keySet());
        Instant now = clock.instant();
        List<DecisionQueueEntry> queue = new ArrayList<>();
        for (ChangeLogEntry entry : waiting) {
            ChangeBoard board = boardOf.get(entry.projectId());
            Instant due = entry.submittedAt() == null ? null : board.target(entry.changeClass()).dueFrom(entry.submittedAt());
            Duration left = due == null ? null : Duration.between(now, due);
            Project project = projects.get(entry.projectId());
            queue.add(new DecisionQueueEntry(entry, project == null ? "" : project.getCode(), due, left,
                    due != null && now.isAfter(due), voted.contains(entry.id())));
        }
        queue.sort(Comparator.comparing(DecisionQueueEntry::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return queue;
    }

    /**
     * Change requests still waiting for a decision (submitted, under assessment or awaiting it) past their board's
     * response target now, across projects, most overdue first; at most {@code limit}.
     */
    public List<DecisionQueueEntry> overdue(int limit) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource("earliest", java.sql.Timestamp.from(now.minus(Duration.ofHours(1))))
                .addValue("limit", limit);
        List<ChangeLogEntry> waiting = jdbc.query(SELECT + " where cr.state in ('SUBMITTED', 'UNDER_ASSESSMENT',"
                + " 'AWAITING_DECISION') and cr.submitted_at is not null and cr.submitted_at < :earliest"
                + " order by cr.submitted_at, cr.id limit :limit", params, ENTRY);
        Map<Long, ChangeBoard> boardOf = new HashMap<>();
        waiting.forEach(entry -> boardOf.computeIfAbsent(entry.projectId(), boards::of));
        Map<Long, Project> projects = boardOf.isEmpty() ? Map.of() : portfolio.projectsById(boardOf.keySet());
        List<DecisionQueueEntry> overdue = new ArrayList<>();
        for (ChangeLogEntry entry : waiting) {
            Instant due = boardOf.get(entry.projectId()).target(entry.changeClass()).dueFrom(entry.submittedAt());
            if (now.isAfter(due)) {
                Project project = projects.get(entry.projectId());
                overdue.add(new DecisionQueueEntry(entry, project == null ? "" : project.getCode(), due,
                        Duration.between(now, due), true, false));
            }
        }
        overdue.sort(Comparator.comparing(DecisionQueueEntry::dueAt));
        return overdue;
    }

    /** The ids of the project's emergency changes holding it interrupted now, oldest first. */
    public List<Long> interruptingIds(long projectId) {
        return jdbc.queryForList("select id from change_request where project = :project and interrupted_at is not null"
                + " and interruption_ended_at is null order by id", Map.of("project", projectId), Long.class);
    }

    /** Change log entries by id (for lists built elsewhere), in no particular order. */
    public List<ChangeLogEntry> entries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + " where cr.id in (:ids)", Map.of("ids", ids), ENTRY);
    }

    private static String where(ChangeFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where cr.project = :project");
        ChangeFilter f = filter == null ? ChangeFilter.none() : filter;
        Consumer<String> and = clause -> where.append(" and ").append(clause);
        if (f.state() != null) {
            and.accept("cr.state = :state");
            params.addValue("state", f.state().name());
        }
        if (f.origin() != null) {
            and.accept("cr.origin = :origin");
            params.addValue("origin", f.origin().name());
        }
        if (f.changeClass() != null) {
            and.accept("cr.change_class = :changeClass");
            params.addValue("changeClass", f.changeClass().name());
        }
        if (f.targetStage() != null) {
            and.accept("cr.target_stage = :targetStage");
            params.addValue("targetStage", f.targetStage());
        }
        if (f.text() != null && !f.text().isBlank()) {
            and.accept("lower(cr.title) like :text escape '\\'");
            params.addValue("text", "%" + f.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT.get(order.getProperty());
            if (column != null) {
                parts.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        parts.add("cr.id desc");
        return " order by " + String.join(", ", parts);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Writes change log rows as CSV; cells that a spreadsheet would run as a formula are prefixed with a quote. */
    static final class ChangeLogCsv {

        private final Writer out;

        ChangeLogCsv(Writer out) {
            this.out = out;
        }

        void header() {
            line(List.of("key", "title", "origin", "source", "class", "priority", "state", "target_gate", "requester",
                    "raised_at", "submitted_at", "cost_delta", "currency", "schedule_delta_days", "risk",
                    "revenue_at_stake", "revenue_currency", "decision", "decided_in", "decided_by", "decided_at"));
        }

        void row(ChangeLogEntry e) {
            line(java.util.Arrays.asList(e.key(), e.title(), e.origin().name(),
                    e.sourceKind() == SourceKind.NONE ? "" : e.sourceKind().name() + (e.sourceLabel() == null ? "" : ": " + e.sourceLabel()),
                    e.changeClass().name(), e.priority().name(), e.state().name(), e.targetGateName(), e.requesterName(),
                    str(e.raisedAt()), str(e.submittedAt()), str(e.costDelta() == null ? null : e.costDelta().toPlainString()),
                    e.currency(), str(e.scheduleDeltaDays()), e.risk() == null ? null : e.risk().name(),
                    e.revenueAtStake() == null ? null : e.revenueAtStake().toPlainString(), e.revenueCurrency(),
                    e.decision() == null ? null : e.decision().name(),
                    e.decisionForum() == null ? null : e.decisionForum().name(), e.decidedBy(), str(e.decidedAt())));
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String str(Object value) {
            return value == null ? null : value.toString();
        }

        private void line(List<String> cells) {
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(cell(cells.get(i)));
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String cell(String value) {
            if (value == null) {
                return "";
            }
            boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                    && !value.matches("-?\\d+(\\.\\d+)?");
            String safe = formula ? "'" + value : value;
            if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
                return "\"" + safe.replace("\"", "\"\"") + "\"";
            }
            return safe;
        }
    }
}

package org.integrationgateway.stagegate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where lifecycles stand, read as plain rows: the portfolio board and a change request's target gate need a
 * lifecycle's stage and state, not the aggregate with its deliverables and interruptions (two more queries each).
 */
@Component
class LifecyclePositions {

    /** A lifecycle's position: its template revision, current stage and state. */
    record Position(long project, long processTemplate, int currentStage, LifecycleState state) {
    }

    private static final String SELECT = "select project, process_template, current_stage, state from project_lifecycle";
    private static final RowMapper<Position> POSITION = (rs, row) -> new Position(rs.getLong("project"),
            rs.getLong("process_template"), rs.getInt("current_stage"), LifecycleState.valueOf(rs.getString("state")));

    private final JdbcClient jdbc;

    LifecyclePositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Position> of(long project) {
        return jdbc.sql(SELECT + " where project = ?").param(project).query(POSITION).optional();
    }

    /** The positions of the given projects' lifecycles, or of every lifecycle when {@code projects} is null. */
    List<Position> of(Collection<Long> projects) {
        if (projects == null) {
            return jdbc.sql(SELECT).query(POSITION).list();
        }
        return projects.isEmpty() ? List.of()
                : jdbc.sql(SELECT + " where project in (:projects)").param("projects", projects).query(POSITION).list();
    }

    /** The date of each project's earliest scheduled gate review (of the given projects, or of all when null). */
    Map<Long, LocalDate> nextReviews(Collection<Long> projects) {
        if (projects != null && projects.isEmpty()) {
            return Map.of();
        }
        String sql = "select project, min(scheduled_on) as next_on from gate_review where state = 'SCHEDULED'"
                + (projects == null ? "" : " and project in (:projects)") + " group by project";
        var statement = jdbc.sql(sql);
        if (projects != null) {
            statement = statement.param("projects", projects);
        }
        Map<Long, LocalDate> next = new HashMap<>();
        statement.query(rs -> {
            next.put(rs.getLong("project"), rs.getObject("next_on", LocalDate.class));
        });
        return next;
    }
}

package org.integrationgateway.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The measures, by the name they have in the API ({@code /api/measures/<name>}) and the columns of their rows, in
 * order. Definitions, units and edge cases: {@code docs/measures.md}.
 */
public enum Measure {
    BOOKINGS("bookings", "period", "personId", "person", "currency", "orders", "amount"),
    ACCEPTANCES("acceptances", "period", "decisions", "accepted", "rejected", "firstDecisions", "firstAccepted",
            "firstTimeRate"),
    ORDER_TO_ACCEPTANCE("order-to-acceptance", "period", "deliverables", "medianDays", "p90Days"),
    CHANGE_CYCLE_TIMES("change-cycle-times", "changeClass", "phase", "requests", "medianHours", "p90Hours"),
    CHANGE_APPROVALS("change-approvals", "period", "decided", "approved", "rejected", "deferred", "approvalRate"),
    CHANGE_EFFECTS("change-effects", "currency", "approved", "costDelta", "scheduleDays"),
    INTERRUPTIONS("interruptions", "projectId", "project", "interruptions", "hours"),
    GATE_DECISIONS("gate-decisions", "period", "decision", "decisions"),
    STAGE_CYCLE_TIMES("stage-cycle-times", "stageIndex", "stage", "exits", "medianDays", "p90Days"),
    FUNNEL("funnel", "stageIndex", "stage", "active", "onHold", "interrupted", "completed", "killed");

    private final String path;
    private final List<String> columns;

    Measure(String path, String... columns) {
        this.path = path;
        this.columns = List.of(columns);
    }

    public String path() {
        return path;
    }

    public List<String> columns() {
        return columns;
    }

    public static Optional<Measure> byPath(String path) {
        return Arrays.stream(values()).filter(m -> m.path.equals(path == null ? null : path.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}

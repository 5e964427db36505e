package org.integrationgateway.stagegate.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/**
 * A gate review was decided. Carries what consumers need without calling back: the project, the stage the gate
 * closes and the template revision (e.g. the specs module freezes a design baseline on a GO), whether the gate
 * passed its criteria, and the override justification of a GO despite a failed gate.
 */
public record GateDecided(long decisionId, long reviewId, long projectId, int stageIndex, String stageName,
                          String gateName, long templateId, String templateCode, int templateRevision, String decision,
                          boolean gatePassed, String overrideJustification, String rationale,
                          List<Condition> conditions, List<Integer> reopenedDeliverables, String decidedBy,
                          Instant decidedAt) implements AuditedChange {

    public record Condition(String text, long ownerId, LocalDate dueOn) {
    }

    @Override
    public String entityType() {
        return "gate-review";
    }

    @Override
    public String entityId() {
        return String.valueOf(reviewId);
    }

    @Override
    public String action() {
        return "decided";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return this;
    }
}

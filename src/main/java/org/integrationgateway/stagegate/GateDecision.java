package org.integrationgateway.stagegate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The decision of one gate review (at most one per review, enforced by a unique constraint): GO, KILL, HOLD or
 * RECYCLE with its rationale, conditions, the deliverables a RECYCLE reopened, whether the gate had passed its
 * criteria and, for a GO despite a failed gate, the override justification. Never changed once recorded.
 */
@Table("gate_decision")
public class GateDecision {

    @Id
    private Long id;
    private final long gateReview;
    private final long project;
    private final long processTemplate;
    private final int stageIndex;
    private final Decision decision;
    private final String rationale;
    private final String overrideJustification;
    private final boolean gatePassed;
    private final String decidedBy;
    private final Instant decidedAt;
    @MappedCollection(idColumn = "gate_decision", keyColumn = "condition_index")
    private List<DecisionCondition> conditions;
    @MappedCollection(idColumn = "gate_decision")
    private Set<ReopenedDeliverable> reopened;

    @PersistenceCreator
    GateDecision(Long id, long gateReview, long project, long processTemplate, int stageIndex, Decision decision,
                 String rationale, String overrideJustification, boolean gatePassed, String decidedBy,
                 Instant decidedAt, List<DecisionCondition> conditions, Set<ReopenedDeliverable> reopened) {
        this.id = id;
        this.gateReview = gateReview;
        this.project = project;
        this.processTemplate = processTemplate;
        this.stageIndex = stageIndex;
        this.decision = decision;
        this.rationale = rationale;
        this.overrideJustification = overrideJustification;
        this.gatePassed = gatePassed;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.conditions = new ArrayList<>(conditions);
        this.reopened = new HashSet<>(reopened);
    }

    public Long getId() {
        return id;
    }

    public long getGateReview() {
        return gateReview;
    }

    public long getProject() {
        return project;
    }

    public long getProcessTemplate() {
        return processTemplate;
    }

    public int getStageIndex() {
        return stageIndex;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getRationale() {
        return rationale;
    }

    public String getOverrideJustification() {
        return overrideJustification;
    }

    public boolean isGatePassed() {
        return gatePassed;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<DecisionCondition> getConditions() {
        return List.copyOf(conditions);
    }

    public List<Integer> getReopened() {
        return reopened.stream().map(ReopenedDeliverable::deliverableIndex).sorted().toList();
    }
}

package org.integrationgateway.changecontrol.events;

import java.time.Instant;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/**
 * A change request was decided: {@code outcome} APPROVE, REJECT or DEFER (then {@code deferredToStage} and
 * {@code deferredToGate} name the gate it waits for), in {@code forum} ENVELOPE, BOARD, APPROVER, GATE_REVIEW or
 * MEETING with {@code forumReference} (e.g. the gate review id) and, for the envelope, its revision.
 */
public record ChangeRequestDecided(ChangeRequestSnapshot changeRequest, String fromState, String outcome,
                                   String forum, String forumReference, Integer envelopeRevision,
                                   Integer deferredToStage, String deferredToGate, String decidedBy, String comment,
                                   Instant decidedAt) implements AuditedChange, TraceLinked {

    /** A request decided at a gate review is linked to that review ("decided at"). */
    @Override
    public List<Edge> traceEdges() {
        if (!"GATE_REVIEW".equals(forum) || forumReference == null) {
            return List.of();
        }
        TraceNode review = new TraceNode(TraceNode.Types.GATE_REVIEW, forumReference, "Gate review " + forumReference,
                changeRequest.projectId());
        return List.of(new Edge(changeRequest.traceNode(), review, "decided at"));
    }


    @Override
    public String entityType() {
        return "change-request";
    }

    @Override
    public String entityId() {
        return String.valueOf(changeRequest.id());
    }

    @Override
    public String action() {
        return "decided";
    }

    @Override
    public Object before() {
        return fromState;
    }

    @Override
    public Object after() {
        return changeRequest;
    }
}

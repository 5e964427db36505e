package org.integrationgateway.specs.events;

import java.time.Instant;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/** A baseline was frozen: by a GO at a gate review ({@code gateReviewId}), or by hand ({@code gateReviewId} null). */
public record BaselineFrozen(long projectId, long baselineId, String key, String name, String source,
                             Long gateReviewId, int itemCount, String frozenBy, Instant frozenAt)
        implements AuditedChange, TraceLinked {

    /** The gate review whose GO froze the baseline "froze" it. */
    @Override
    public List<Edge> traceEdges() {
        if (gateReviewId == null) {
            return List.of();
        }
        return List.of(new Edge(new TraceNode(TraceNode.Types.GATE_REVIEW, String.valueOf(gateReviewId),
                "Gate review " + gateReviewId, projectId), new TraceNode(TraceNode.Types.BASELINE,
                String.valueOf(baselineId), key + " " + name, projectId), "froze"));
    }

    @Override
    public String entityType() {
        return "baseline";
    }

    @Override
    public String entityId() {
        return String.valueOf(baselineId);
    }

    @Override
    public String action() {
        return "frozen";
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

package org.integrationgateway.changecontrol.events;

import java.time.Instant;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/**
 * An approved change request was scheduled into its project for an order: to be carried out by the gate closing
 * {@code scheduledStage} ({@code scheduledGateName}), or, with both null, linked to the order only (the project has no
 * gate ahead, or the request was carried out already). {@code orderReference} is the sales module's identifier of
 * the order and {@code orderLabel} its human label.
 */
public record ChangeRequestScheduled(ChangeRequestSnapshot changeRequest, String orderReference, String orderLabel,
                                     Integer scheduledStage, String scheduledGateName, String scheduledBy,
                                     Instant scheduledAt) implements AuditedChange, TraceLinked {

    /** The order is linked to the request it scheduled ("scheduled by"). */
    @Override
    public List<Edge> traceEdges() {
        TraceNode order = new TraceNode(TraceNode.Types.ORDER, orderReference, orderLabel, changeRequest.projectId());
        return List.of(new Edge(order, changeRequest.traceNode(), "scheduled by"));
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
        return "scheduled";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return changeRequest;
    }
}

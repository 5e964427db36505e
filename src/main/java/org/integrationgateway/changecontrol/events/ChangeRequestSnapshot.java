package org.integrationgateway.changecontrol.events;

import java.math.BigDecimal;
import org.integrationgateway.shared.TraceNode;

/**
 * A change request as events and the audit log show it. Enums are carried by name so that consumers do not depend
 * on change control's types; {@code sourceKind}/{@code sourceReference} identify what caused the request.
 */
public record ChangeRequestSnapshot(long id, long projectId, String title, String origin, String sourceKind,
                                    String sourceReference, String sourceLabel, String changeClass, String priority, String state,
                                    Integer targetStage, String targetGateName, Long requesterId,
                                    BigDecimal revenueAtStake, String revenueCurrency) {

    /** The request as a node of the traceability graph. */
    public TraceNode traceNode() {
        return new TraceNode(TraceNode.Types.CHANGE_REQUEST, String.valueOf(id), "CR-" + id + " " + title, projectId);
    }

    /** The request's source as a node of the traceability graph, or null when it has none. */
    static TraceNode sourceNode(ChangeRequestSnapshot request) {
        if (request.sourceKind() == null || "NONE".equals(request.sourceKind()) || request.sourceReference() == null) {
            return null;
        }
        String label = request.sourceLabel() != null ? request.sourceLabel() : request.sourceReference();
        return new TraceNode(request.sourceKind(), request.sourceReference(), label, null);
    }
}

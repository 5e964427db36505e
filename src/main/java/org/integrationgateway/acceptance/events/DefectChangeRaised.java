package org.integrationgateway.acceptance.events;

import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/**
 * Defect {@code defect} (from 1) of rejection {@code acceptanceId} raised change request {@code changeRequestId}
 * (origin CUSTOMER); in the traceability graph the rejection "raised" it.
 */
public record DefectChangeRaised(long acceptanceId, long taskId, long projectId, long customerId, String deliverableKey,
                                 int defect, String defectTitle, long changeRequestId, String raisedBy)
        implements AuditedChange, TraceLinked {

    @Override
    public List<Edge> traceEdges() {
        return List.of(new Edge(new TraceNode(TraceNode.Types.ACCEPTANCE, String.valueOf(acceptanceId),
                "Rejection A-" + acceptanceId + " of " + deliverableKey, projectId),
                new TraceNode(TraceNode.Types.CHANGE_REQUEST, String.valueOf(changeRequestId), "CR-" + changeRequestId,
                        projectId), "raised"));
    }

    @Override
    public String entityType() {
        return "acceptance";
    }

    @Override
    public String entityId() {
        return String.valueOf(acceptanceId);
    }

    @Override
    public String action() {
        return "defect-change-raised";
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

package org.integrationgateway.changecontrol.events;

import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/** A change request was raised (as a draft, or submitted at once). */
public record ChangeRequestRaised(ChangeRequestSnapshot changeRequest, String raisedBy) implements AuditedChange, TraceLinked {

    /** What caused the request (its source) "raised" it; nothing when the source is none. */
    @Override
    public List<Edge> traceEdges() {
        TraceNode source = ChangeRequestSnapshot.sourceNode(changeRequest);
        return source == null ? List.of() : List.of(new Edge(source, changeRequest.traceNode(), "raised"));
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
        return "raised";
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

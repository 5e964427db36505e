package org.integrationgateway.acceptance.events;

import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;

/**
 * The customer rejected a deliverable: the acceptance record, written once. In the traceability graph the item
 * revision was "delivered as" the deliverable, the order (if any) "delivers" it, and the deliverable was "rejected in"
 * the record.
 */
public record DeliverableRejected(AcceptanceSnapshot acceptance) implements AuditedChange, TraceLinked {

    @Override
    public List<Edge> traceEdges() {
        return acceptance.traceEdges("rejected in");
    }

    @Override
    public String entityType() {
        return "acceptance";
    }

    @Override
    public String entityId() {
        return String.valueOf(acceptance.id());
    }

    @Override
    public String action() {
        return "rejected";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return acceptance;
    }
}

package org.integrationgateway.acceptance.events;

import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/**
 * The customer rejected a deliverable: the acceptance record, written once. In the traceability graph the item
 * revision was "delivered as" the deliverable, the order (if any) "delivers" it, and the deliverable was "rejected in"
 * the record.
 */
public record DeliverableRejected(AcceptanceSnapshot acceptance) implements AuditedChange, TraceLinked {

    @Override
    public List<Edge> traceEdges() {
        List<Edge> edges = new ArrayList<>();
        TraceNode deliverable = acceptance.deliverableNode();
        edges.add(new Edge(new TraceNode(TraceNode.Types.ITEM_REVISION, String.valueOf(acceptance.itemRevisionId()),
                acceptance.revisionLabel(), acceptance.projectId()), deliverable, "delivered as"));
        if (acceptance.orderId() != null) {
            edges.add(new Edge(new TraceNode(TraceNode.Types.ORDER, String.valueOf(acceptance.orderId()),
                    "Order " + acceptance.orderNumber(), acceptance.projectId()), deliverable, "delivers"));
        }
        edges.add(new Edge(deliverable, acceptance.acceptanceNode(), "rejected in"));
        return edges;
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

package org.integrationgateway.acceptance.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/**
 * An acceptance record as events carry it (without the content itself, which its hash stands for): the decision,
 * the deliverable at its baseline, variant and item revision, who decided when, whether it is the deliverable's first
 * decision, and the titles of a rejection's defects.
 */
public record AcceptanceSnapshot(long id, long taskId, String outcome, long projectId, long customerId, Long orderId,
                                 String orderNumber, String deliverableKey, long baselineId, String baselineLabel,
                                 Long variantId, long itemRevisionId, String revisionLabel, long decidedByContact,
                                 String decidedByName, Instant decidedAt, String comment, boolean firstTime,
                                 String contentHash, List<String> defects) {

    /** The deliverable's node in the traceability graph: the item as bought in the order (or for the project). */
    public TraceNode deliverableNode() {
        return deliverableNode(projectId, orderId, orderNumber, deliverableKey);
    }

    /**
     * The decision's links in the traceability graph: the item revision was "delivered as" the deliverable, the
     * order (if any) "delivers" it, and the deliverable was {@code decided} (e.g. "accepted in") the record.
     */
    public List<TraceLinked.Edge> traceEdges(String decided) {
        List<TraceLinked.Edge> edges = new ArrayList<>();
        TraceNode deliverable = deliverableNode();
        edges.add(new TraceLinked.Edge(new TraceNode(TraceNode.Types.ITEM_REVISION, String.valueOf(itemRevisionId),
                revisionLabel, projectId), deliverable, "delivered as"));
        if (orderId != null) {
            edges.add(new TraceLinked.Edge(new TraceNode(TraceNode.Types.ORDER, String.valueOf(orderId),
                    "Order " + orderNumber, projectId), deliverable, "delivers"));
        }
        edges.add(new TraceLinked.Edge(deliverable, acceptanceNode(), decided));
        return edges;
    }

    public TraceNode acceptanceNode() {
        return new TraceNode(TraceNode.Types.ACCEPTANCE, String.valueOf(id),
                ("ACCEPTED".equals(outcome) ? "Acceptance A-" : "Rejection A-") + id + " of " + deliverableKey, projectId);
    }

    public static TraceNode deliverableNode(long projectId, Long orderId, String orderNumber, String deliverableKey) {
        return new TraceNode(TraceNode.Types.DELIVERABLE, projectId + ":" + (orderId == null ? "-" : orderId) + ":"
                + deliverableKey, deliverableKey + (orderNumber == null ? "" : " for " + orderNumber), projectId);
    }
}

package org.integrationgateway.specs.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/**
 * A spec item got a new revision ({@code revision} 1 when it was created). {@code changeRequestId} is the change
 * request it implements, or null for a direct edit of an item not yet baselined.
 */
public record SpecItemRevised(long projectId, long itemId, String itemKey, String title, long revisionId, int revision,
                              Long previousRevisionId, Long changeRequestId, String author, String reason, Instant at)
        implements AuditedChange, TraceLinked {

    public TraceNode revisionNode() {
        return new TraceNode(TraceNode.Types.ITEM_REVISION, String.valueOf(revisionId), itemKey + " r" + revision + " " + title,
                projectId);
    }

    /** The change request "revised" this revision; the previous revision was "superseded by" it. */
    @Override
    public List<Edge> traceEdges() {
        List<Edge> edges = new ArrayList<>();
        if (changeRequestId != null) {
            edges.add(new Edge(new TraceNode(TraceNode.Types.CHANGE_REQUEST, String.valueOf(changeRequestId),
                    "CR-" + changeRequestId, projectId), revisionNode(), "revised"));
        }
        if (previousRevisionId != null) {
            edges.add(new Edge(new TraceNode(TraceNode.Types.ITEM_REVISION, String.valueOf(previousRevisionId),
                    itemKey + " r" + (revision - 1), projectId), revisionNode(), "superseded by"));
        }
        return edges;
    }

    @Override
    public String entityType() {
        return "spec-item";
    }

    @Override
    public String entityId() {
        return String.valueOf(itemId);
    }

    @Override
    public String action() {
        return revision == 1 ? "created" : "revised";
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

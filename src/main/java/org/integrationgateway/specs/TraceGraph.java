package org.integrationgateway.specs;

import java.util.List;
import org.integrationgateway.shared.TraceNode;

/** The part of the traceability graph reached by a walk from {@code start}: its nodes and the links between them. */
public record TraceGraph(TraceNode start, TraceDirection direction, List<TraceNode> nodes, List<TraceLink> links) {

    /** Whether the walk stopped at {@link Traceability#MAX_LINKS} links, so that more of the graph may lie beyond. */
    public boolean limited() {
        return links.size() >= Traceability.MAX_LINKS;
    }
}

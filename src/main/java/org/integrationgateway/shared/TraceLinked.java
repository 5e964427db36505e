package org.integrationgateway.shared;

import java.util.List;

/**
 * A domain event that adds typed links to the traceability graph: each {@link Edge} says that {@code from} led to
 * {@code to} by {@code relation} (e.g. a finding "raised" a change request, a change request "revised" an item
 * revision). The specs module records them from any module's events, idempotently, so a module joins the graph by
 * implementing this on its events and nothing else.
 */
public interface TraceLinked {

    List<Edge> traceEdges();

    record Edge(TraceNode from, TraceNode to, String relation) {
    }
}

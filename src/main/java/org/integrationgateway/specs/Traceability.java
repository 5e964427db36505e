package org.integrationgateway.specs;

import java.util.List;
import org.integrationgateway.shared.TraceNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The traceability graph: records the links of every {@link org.integrationgateway.shared.TraceLinked} event
 * (idempotently), walks it forward and backward from any node, flags links suspect when the item revision they come
 * from is superseded, and lets people review suspect links.
 */
@Service
@Transactional(readOnly = true)
public class Traceability {

    /** Walks from node ({@code type}, {@code id}) up to {@code depth} links away (1..10). */
    public TraceGraph walk(String type, String id, TraceDirection direction, int depth) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** The node ({@code type}, {@code id}) as the graph knows it (its latest label), or NotFound. */
    public TraceNode node(String type, String id) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** The project's suspect links, oldest first. */
    public List<TraceLink> suspects(long projectId) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** Marks a suspect link reviewed by the signed-in person: it is no longer suspect. */
    @Transactional
    public TraceLink review(long linkId, Long expectedVersion) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** An SVG picture of {@code graph}: nodes in columns by distance from the start, links as arrows with relations. */
    public String svg(TraceGraph graph) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }

    /** The link {@code id}, or NotFound (the API and UI read its projects to authorise a review). */
    public TraceLink link(long id) {
        throw new UnsupportedOperationException("built by the specs domain helper");
    }
}

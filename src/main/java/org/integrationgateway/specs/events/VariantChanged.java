package org.integrationgateway.specs.events;

import java.time.Instant;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/**
 * A variant was created or changed: {@code change} is {@code created}, {@code overridden}, {@code override-removed},
 * {@code carried-forward} or {@code conflict-resolved}; {@code itemRevisionId} is the baseline's revision of the
 * item an override was made against (null for changes not about one item).
 */
public record VariantChanged(long projectId, long variantId, String name, String change, String itemKey,
                             Long itemRevisionId, String itemRevisionLabel, long baselineId, String changedBy,
                             Instant at) implements AuditedChange, TraceLinked {

    /**
     * The item revision an override was made against was "overridden in" the variant: when the override is made, and
     * when a conflicting override is kept on the new baseline's revision ({@code conflict-resolved} with a revision).
     */
    @Override
    public List<Edge> traceEdges() {
        if (!("overridden".equals(change) || "conflict-resolved".equals(change)) || itemRevisionId == null) {
            return List.of();
        }
        return List.of(new Edge(new TraceNode(TraceNode.Types.ITEM_REVISION, String.valueOf(itemRevisionId),
                itemRevisionLabel, projectId), new TraceNode(TraceNode.Types.VARIANT, String.valueOf(variantId),
                "Variant " + name, projectId), "overridden in"));
    }

    @Override
    public String entityType() {
        return "variant";
    }

    @Override
    public String entityId() {
        return String.valueOf(variantId);
    }

    @Override
    public String action() {
        return change;
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

package org.integrationgateway.specs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;
import org.integrationgateway.specs.events.SpecItemRevised;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the links of every {@link TraceLinked} event, from any module, synchronously in the transaction that
 * published it: a change and its links commit or roll back together, so no link is lost by a crash and none is
 * recorded for a change that did not happen. A link is inserted only if absent (the unique key on from, to and
 * relation makes a repeated event harmless, also when two transactions race), and a node's label is refreshed on
 * every link that names it, unless the new label is only the start of the known one (a bare "CR-7" never replaces
 * "CR-7 Washdown enclosure"). A new revision of a spec item flags the links from its earlier revisions to
 * downstream things suspect ({@link SuspectLinkPolicy}), in the same transaction.
 */
@Component
class TraceRecorder {

    static final int MAX_LABEL = 300;

    private final TraceLinks links;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    TraceRecorder(TraceLinks links, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
                  Clock clock) {
        this.links = links;
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(TraceLinked event) {
        Instant now = clock.instant();
        for (TraceLinked.Edge edge : event.traceEdges()) {
            record(edge, now);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void flagSuspects(SpecItemRevised revised) {
        if (revised.previousRevisionId() == null) {
            return;
        }
        Instant now = clock.instant();
        List<Map<String, Object>> earlier = jdbc.queryForList("select id, revision from spec_item_revision"
                + " where spec_item = :item and revision < :revision", Map.of("item", revised.itemId(),
                "revision", revised.revision()));
        for (Map<String, Object> revision : earlier) {
            links.flagSuspect(String.valueOf(((Number) revision.get("id")).longValue()), SuspectLinkPolicy.DOWNSTREAM,
                    now, SuspectLinkPolicy.reason(revised.itemKey(), ((Number) revision.get("revision")).intValue(),
                            revised.revision()));
        }
    }

    private void record(TraceLinked.Edge edge, Instant now) {
        String relation = required("relation", edge.relation(), 40);
        TraceNode from = checked(edge.from());
        TraceNode to = checked(edge.to());
        String fromLabel = refreshedLabel(from);
        String toLabel = refreshedLabel(to);
        if (links.findLink(from.type(), from.id(), to.type(), to.id(), relation).isPresent()) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> links.insert(from.type(), from.id(), fromLabel, from.projectId(),
                    to.type(), to.id(), toLabel, to.projectId(), relation, now));
        } catch (DuplicateKeyException recordedByAConcurrentTransaction) {
            // the link exists: that is all this method promises
        }
    }

    /** The label to record for {@code node}: the new one (refreshed on every link naming the node) or the known one. */
    private String refreshedLabel(TraceNode node) {
        String label = label(node);
        String known = links.knownLabel(node.type(), node.id()).orElse(null);
        if (known == null || known.equals(label)) {
            return label;
        }
        if (known.startsWith(label)) {
            return known;
        }
        links.relabelFrom(node.type(), node.id(), label);
        links.relabelTo(node.type(), node.id(), label);
        return label;
    }

    private static TraceNode checked(TraceNode node) {
        if (node == null) {
            throw new IllegalArgumentException("A trace edge needs both of its nodes");
        }
        return new TraceNode(required("node type", node.type(), 30), required("node id", node.id(), 100), node.label(),
                node.projectId());
    }

    private static String label(TraceNode node) {
        String label = node.label() == null || node.label().isBlank() ? node.type() + " " + node.id() : node.label().strip();
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String required(String what, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("A trace edge's " + what + " is required and at most " + max
                    + " characters: " + value);
        }
        return value;
    }
}

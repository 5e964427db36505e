package org.integrationgateway.specs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.TraceNode;
import org.integrationgateway.specs.events.TraceLinkReviewed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The traceability graph: records the links of every {@link org.integrationgateway.shared.TraceLinked} event
 * (idempotently, see {@link TraceRecorder}), walks it forward and backward from any node, flags links suspect when the
 * item revision they come from is superseded, and lets people review suspect links.
 */
@Service
@Transactional(readOnly = true)
public class Traceability {

    public static final int MIN_DEPTH = 1;
    public static final int MAX_DEPTH = 10;
    /** A walk stops adding links at this many, so that a dense graph cannot make one request unbounded. */
    public static final int MAX_LINKS = 500;

    private static final RowMapper<TraceLink> LINK = (rs, n) -> new TraceLink(rs.getLong("id"), rs.getString("from_type"),
            rs.getString("from_id"), rs.getString("from_label"), rs.getObject("from_project", Long.class),
            rs.getString("to_type"), rs.getString("to_id"), rs.getString("to_label"),
            rs.getObject("to_project", Long.class), rs.getString("relation"), instant(rs, "recorded_at"),
            rs.getBoolean("suspect"), instant(rs, "suspect_since"), rs.getString("suspect_reason"),
            rs.getString("reviewed_by"), instant(rs, "reviewed_at"), rs.getLong("version"));

    private final TraceLinks links;
    private final ItemRevisions revisions;
    private final Variants variants;
    private final Baselines baselines;
    private final SpecPermissions permissions;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Traceability(TraceLinks links, ItemRevisions revisions, Variants variants, Baselines baselines,
                 SpecPermissions permissions, NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events,
                 Clock clock) {
        this.links = links;
        this.revisions = revisions;
        this.variants = variants;
        this.baselines = baselines;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Walks from node ({@code type}, {@code id}) up to {@code depth} links away (1..10): FORWARD follows links from
     * each node to what it led to, BACKWARD from each node to what led to it, BOTH does both from the start (it does
     * not turn round, so it never wanders into siblings). One query per level; each node is expanded once, so cycles
     * end; at most {@link #MAX_LINKS} links.
     *
     * @throws InvalidRequestException for a depth outside 1..10 or no direction
     * @throws NotFoundException if the graph does not know the node
     */
    public TraceGraph walk(String type, String id, TraceDirection direction, int depth) {
        if (depth < MIN_DEPTH || depth > MAX_DEPTH) {
            throw new InvalidRequestException("depth", "The depth is " + MIN_DEPTH + " to " + MAX_DEPTH + " links.");
        }
        if (direction == null) {
            throw new InvalidRequestException("direction", "The direction is FORWARD, BACKWARD or BOTH.");
        }
        TraceNode start = node(type, id);
        Map<String, TraceNode> nodes = new LinkedHashMap<>();
        nodes.put(key(start.type(), start.id()), start);
        Map<Long, TraceLink> found = new LinkedHashMap<>();
        Set<String> forward = direction == TraceDirection.BACKWARD ? new HashSet<>() : new HashSet<>(nodes.keySet());
        Set<String> backward = direction == TraceDirection.FORWARD ? new HashSet<>() : new HashSet<>(nodes.keySet());
        Set<String> expandedForward = new HashSet<>(forward);
        Set<String> expandedBackward = new HashSet<>(backward);
        for (int level = 1; level <= depth && (!forward.isEmpty() || !backward.isEmpty())
                && found.size() < MAX_LINKS; level++) {
            Set<String> nextForward = new LinkedHashSet<>();
            Set<String> nextBackward = new LinkedHashSet<>();
            for (TraceLink link : linksAt(forward, backward)) {
                String from = key(link.fromType(), link.fromId());
                String to = key(link.toType(), link.toId());
                boolean ahead = forward.contains(from);
                boolean behind = backward.contains(to);
                if (!ahead && !behind) {
                    continue;
                }
                if (found.size() >= MAX_LINKS && !found.containsKey(link.id())) {
                    break;
                }
                found.putIfAbsent(link.id(), link);
                if (ahead) {
                    nodes.putIfAbsent(to, new TraceNode(link.toType(), link.toId(), link.toLabel(), link.toProject()));
                    if (expandedForward.add(to)) {
                        nextForward.add(to);
                    }
                }
                if (behind) {
                    nodes.putIfAbsent(from, new TraceNode(link.fromType(), link.fromId(), link.fromLabel(),
                            link.fromProject()));
                    if (expandedBackward.add(from)) {
                        nextBackward.add(from);
                    }
                }
            }
            forward = nextForward;
            backward = nextBackward;
        }
        return new TraceGraph(start, direction, List.copyOf(nodes.values()), List.copyOf(found.values()));
    }

    /**
     * The node ({@code type}, {@code id}) as the graph knows it (its latest label). A spec item revision, variant or
     * baseline without links yet is known by its own label.
     *
     * @throws InvalidRequestException for a blank type or id
     * @throws NotFoundException if neither the graph nor this module knows the node
     */
    public TraceNode node(String type, String id) {
        if (type == null || type.isBlank()) {
            throw new InvalidRequestException("type", "Give the type of the node, e.g. ITEM_REVISION.");
        }
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("id", "Give the id of the node.");
        }
        String t = type.strip().toUpperCase(Locale.ROOT);
        String i = id.strip();
        return links.knownLabel(t, i).map(label -> new TraceNode(t, i, label, links.knownProject(t, i).orElse(null)))
                .orElseGet(() -> ownNode(t, i));
    }

    /** The project's suspect links, oldest first. */
    public List<TraceLink> suspects(long projectId) {
        return links.findSuspects(projectId);
    }

    public TraceLink link(long linkId) {
        return links.findById(linkId).orElseThrow(() -> new NotFoundException("Trace link", linkId));
    }

    /**
     * Marks a suspect link reviewed by the signed-in person: it is no longer suspect (until the revision it comes
     * from is superseded again). Only someone who may edit the spec of the link's project reviews it.
     *
     * @throws NotPermittedException for anyone else
     * @throws ConflictException if the link is not suspect or {@code expectedVersion} is stale
     */
    @Transactional
    public TraceLink review(long linkId, Long expectedVersion) {
        TraceLink link = link(linkId);
        Long project = link.fromProject() != null ? link.fromProject() : link.toProject();
        boolean allowed = project != null ? permissions.canEdit(project)
                : CurrentUser.get().map(CurrentUser::isAdministratorOrPmo).orElse(false);
        if (!allowed) {
            throw new NotPermittedException("not-a-spec-editor",
                    "Only people who edit the project's spec review its suspect links.");
        }
        if (expectedVersion != null && !Objects.equals(expectedVersion, link.version())) {
            throw ConflictException.staleVersion("The trace link");
        }
        if (!link.suspect()) {
            throw new ConflictException("not-suspect", "This link is not suspect, so there is nothing to review.");
        }
        PersonSummary person = permissions.currentPerson();
        String by = person != null ? person.fullName() : CurrentUser.actorName();
        Instant now = clock.instant();
        if (links.markReviewed(linkId, link.version(), by, now) == 0) {
            throw ConflictException.staleVersion("The trace link");
        }
        events.publishEvent(new TraceLinkReviewed(linkId, project, link.fromLabel(), link.toLabel(), link.relation(),
                link.suspectReason(), by, now));
        return link(linkId);
    }

    /**
     * An SVG picture of {@code graph}: nodes in columns by distance from the start, links as arrows with relations.
     * Every label is escaped, since labels are user text.
     */
    public String svg(TraceGraph graph) {
        return TraceDiagram.svg(graph);
    }

    private List<TraceLink> linksAt(Set<String> forward, Set<String> backward) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        conditions.addAll(conditions("from", forward, params));
        conditions.addAll(conditions("to", backward, params));
        if (conditions.isEmpty()) {
            return List.of();
        }
        params.addValue("limit", MAX_LINKS);
        return jdbc.query("select * from trace_link where " + String.join(" or ", conditions) + " order by id limit :limit",
                params, LINK);
    }

    /** {@code (from_type = :from0 and from_id in (:fromIds0)) …}, one condition per node type, so the indexes serve. */
    private static List<String> conditions(String end, Set<String> keys, MapSqlParameterSource params) {
        Map<String, List<String>> idsByType = keys.stream().collect(Collectors.groupingBy(k -> k.substring(0, k.indexOf(':')),
                LinkedHashMap::new, Collectors.mapping(k -> k.substring(k.indexOf(':') + 1), Collectors.toList())));
        List<String> conditions = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<String>> entry : idsByType.entrySet()) {
            String type = end + "Type" + n;
            String ids = end + "Ids" + n;
            params.addValue(type, entry.getKey()).addValue(ids, entry.getValue());
            conditions.add("(" + end + "_type = :" + type + " and " + end + "_id in (:" + ids + "))");
            n++;
        }
        return conditions;
    }

    private TraceNode ownNode(String type, String id) {
        Long number = number(id);
        TraceNode node = number == null ? null : switch (type) {
            case TraceNode.Types.ITEM_REVISION -> revisions.findById(number)
                    .map(r -> new TraceNode(type, id, r.label() + " " + r.title(), r.project())).orElse(null);
            case TraceNode.Types.VARIANT -> variants.findById(number)
                    .map(v -> new TraceNode(type, id, "Variant " + v.getName(), v.getProject())).orElse(null);
            case TraceNode.Types.BASELINE -> baselines.findById(number)
                    .map(b -> new TraceNode(type, id, b.key() + " " + b.getName(), b.getProject())).orElse(null);
            default -> null;
        };
        if (node == null) {
            throw new NotFoundException("Trace node " + type, id);
        }
        return node;
    }

    private static Long number(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    private static String key(String type, String id) {
        return type + ":" + id;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package org.integrationgateway.specs.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.TraceNode;
import org.integrationgateway.specs.SpecPermissions;
import org.integrationgateway.specs.Specifications;
import org.integrationgateway.specs.TraceDirection;
import org.integrationgateway.specs.TraceGraph;
import org.integrationgateway.specs.TraceLink;
import org.integrationgateway.specs.Traceability;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The trace view: from any node of the traceability graph, forward ("what became of this?"), backward ("why is this
 * like this?") or both, up to a depth; the links as a list grouped by their distance from the start, and the same
 * walk as an SVG picture. Also a project's suspect links, which the people who edit its spec review.
 */
@Controller
@PreAuthorize("@specPermissions.canRead()")
class TraceWebController {

    static final int DEFAULT_DEPTH = 3;
    static final int MAX_DEPTH = 10;

    private final Traceability traceability;
    private final Specifications specifications;
    private final SpecPermissions permissions;
    private final Portfolio portfolio;

    TraceWebController(Traceability traceability, Specifications specifications, SpecPermissions permissions,
                       Portfolio portfolio) {
        this.traceability = traceability;
        this.specifications = specifications;
        this.permissions = permissions;
        this.portfolio = portfolio;
    }

    @GetMapping("/trace")
    String trace(@RequestParam(required = false) String type, @RequestParam(required = false) String id,
                 @RequestParam(defaultValue = "BOTH") TraceDirection direction,
                 @RequestParam(defaultValue = "" + DEFAULT_DEPTH) int depth, Model model) {
        int walkDepth = Math.max(1, Math.min(MAX_DEPTH, depth));
        model.addAttribute("nodeType", type);
        model.addAttribute("nodeId", id);
        model.addAttribute("direction", direction);
        model.addAttribute("depth", walkDepth);
        model.addAttribute("directions", TraceDirection.values());
        model.addAttribute("depths", java.util.stream.IntStream.rangeClosed(1, MAX_DEPTH).boxed().toList());
        model.addAttribute("types", TraceTypes.ALL);
        if (type == null || type.isBlank() || id == null || id.isBlank()) {
            return "specs/trace";
        }
        TraceGraph graph = traceability.walk(type.strip(), id.strip(), direction, walkDepth);
        Map<String, Integer> distances = distances(graph);
        Map<Integer, List<TraceLink>> byDistance = new TreeMap<>();
        for (TraceLink link : graph.links()) {
            int distance = Math.max(distances.getOrDefault(key(link.fromType(), link.fromId()), walkDepth),
                    distances.getOrDefault(key(link.toType(), link.toId()), walkDepth));
            byDistance.computeIfAbsent(distance, d -> new ArrayList<>()).add(link);
        }
        Map<String, String> pages = new HashMap<>();
        for (TraceNode node : graph.nodes()) {
            String page = pageOf(node.type(), node.id());
            if (page != null) {
                pages.put(key(node.type(), node.id()), page);
            }
        }
        model.addAttribute("graph", graph);
        model.addAttribute("byDistance", byDistance);
        model.addAttribute("pages", pages);
        model.addAttribute("startPage", pageOf(graph.start().type(), graph.start().id()));
        model.addAttribute("svgUrl", UriComponentsBuilder.fromPath("/trace.svg").queryParam("type", type.strip())
                .queryParam("id", id.strip()).queryParam("direction", direction).queryParam("depth", walkDepth)
                .encode().toUriString());
        return "specs/trace";
    }

    @GetMapping("/trace.svg")
    ResponseEntity<String> picture(@RequestParam String type, @RequestParam String id,
                                   @RequestParam(defaultValue = "BOTH") TraceDirection direction,
                                   @RequestParam(defaultValue = "" + DEFAULT_DEPTH) int depth) {
        TraceGraph graph = traceability.walk(type.strip(), id.strip(), direction, Math.max(1, Math.min(MAX_DEPTH, depth)));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(traceability.svg(graph));
    }

    // ---- suspect links --------------------------------------------------------------------------------------------

    @GetMapping("/projects/{projectId}/suspect-links")
    String suspects(@PathVariable long projectId, Model model) {
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("suspects", traceability.suspects(projectId));
        model.addAttribute("canReview", permissions.canEdit(projectId));
        return "specs/suspects";
    }

    @PostMapping("/trace-links/{id}/review")
    String review(@PathVariable long id, @RequestParam long project, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        if (!permissions.canEdit(project)) {
            throw new NotPermittedException("not-permitted", "You cannot review the links of this project.");
        }
        TraceLink link = traceability.suspects(project).stream().filter(l -> l.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Suspect link of project " + project, id));
        try {
            traceability.review(id, version);
            redirect.addFlashAttribute("flash", "The link from " + link.fromLabel() + " to " + link.toLabel()
                    + " was reviewed.");
        } catch (NotPermittedException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was changed.");
        }
        return "redirect:/projects/" + project + "/suspect-links";
    }

    /** Distance of every node from the start, along the links in the walk's direction. */
    static Map<String, Integer> distances(TraceGraph graph) {
        Map<String, List<String>> next = new HashMap<>();
        for (TraceLink link : graph.links()) {
            String from = key(link.fromType(), link.fromId());
            String to = key(link.toType(), link.toId());
            if (graph.direction() != TraceDirection.BACKWARD) {
                next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
            }
            if (graph.direction() != TraceDirection.FORWARD) {
                next.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
            }
        }
        Map<String, Integer> distances = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        String start = key(graph.start().type(), graph.start().id());
        distances.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String neighbour : next.getOrDefault(node, List.of())) {
                if (!distances.containsKey(neighbour)) {
                    distances.put(neighbour, distances.get(node) + 1);
                    queue.add(neighbour);
                }
            }
        }
        return distances;
    }

    static String key(String type, String id) {
        return type + ":" + id;
    }

    /** The page of a node, where this application has one; null otherwise. */
    private String pageOf(String type, String id) {
        try {
            return switch (type) {
                case TraceNode.Types.CHANGE_REQUEST -> "/changes/" + Long.parseLong(id);
                case TraceNode.Types.GATE_REVIEW -> "/gate-reviews/" + Long.parseLong(id);
                case TraceNode.Types.BASELINE -> "/baselines/" + Long.parseLong(id);
                case TraceNode.Types.VARIANT -> "/variants/" + Long.parseLong(id);
                case TraceNode.Types.RESEARCH_FINDING -> "/research/findings/" + Long.parseLong(id);
                case TraceNode.Types.QUOTE_LINE -> "/sales/quotes/" + Long.parseLong(id.substring(0, id.indexOf(':')));
                case TraceNode.Types.ORDER -> "/sales/orders/" + Long.parseLong(id);
                case TraceNode.Types.ACCEPTANCE -> "/acceptance/records/" + Long.parseLong(id);
                case TraceNode.Types.ITEM_REVISION -> {
                    var revision = specifications.revisionById(Long.parseLong(id));
                    yield "/spec-items/" + revision.specItem() + "#revision-" + revision.revision();
                }
                default -> null;
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException | NotFoundException unknown) {
            return null;
        }
    }

    /** The node types offered in the start form. */
    static final class TraceTypes {
        static final List<String> ALL = List.of(TraceNode.Types.RESEARCH_FINDING, TraceNode.Types.CUSTOMER_REQUEST,
                TraceNode.Types.QUOTE_LINE, TraceNode.Types.ORDER, TraceNode.Types.CHANGE_REQUEST,
                TraceNode.Types.GATE_REVIEW, TraceNode.Types.BASELINE, TraceNode.Types.ITEM_REVISION,
                TraceNode.Types.VARIANT, TraceNode.Types.DELIVERABLE, TraceNode.Types.ACCEPTANCE,
                TraceNode.Types.BOOKING);

        private TraceTypes() {
        }
    }
}

package org.integrationgateway.specs;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.integrationgateway.shared.TraceNode;

/**
 * Draws a {@link TraceGraph} as a self-contained SVG: one column per distance from the start node (what led to it on
 * the left, what followed on the right), a box per node with its type and label, an arrow per link labelled with its
 * relation; suspect links are dashed and say "suspect". Everything written from the graph is XML-escaped, since
 * labels are user text, and characters XML cannot hold are dropped.
 */
final class TraceDiagram {

    static final int BOX_WIDTH = 200;
    static final int BOX_HEIGHT = 48;
    static final int COLUMN_GAP = 90;
    static final int ROW_GAP = 28;
    static final int MARGIN = 20;
    static final int MAX_LABEL_CHARS = 30;

    private TraceDiagram() {
    }

    static String svg(TraceGraph graph) {
        Map<String, Integer> columns = columns(graph);
        int minColumn = columns.values().stream().min(Integer::compare).orElse(0);
        Map<Integer, List<TraceNode>> byColumn = new TreeMap<>();
        for (TraceNode node : graph.nodes()) {
            byColumn.computeIfAbsent(columns.get(key(node)), c -> new ArrayList<>()).add(node);
        }
        Map<String, int[]> positions = new HashMap<>();
        int rows = 1;
        int columnCount = 1;
        for (Map.Entry<Integer, List<TraceNode>> column : byColumn.entrySet()) {
            int x = MARGIN + (column.getKey() - minColumn) * (BOX_WIDTH + COLUMN_GAP);
            columnCount = Math.max(columnCount, column.getKey() - minColumn + 1);
            rows = Math.max(rows, column.getValue().size());
            int y = MARGIN;
            for (TraceNode node : column.getValue()) {
                positions.put(key(node), new int[] {x, y});
                y += BOX_HEIGHT + ROW_GAP;
            }
        }
        int width = 2 * MARGIN + columnCount * BOX_WIDTH + (columnCount - 1) * COLUMN_GAP;
        int height = 2 * MARGIN + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP;

        StringBuilder svg = new StringBuilder(4096);
        String title = "Trace " + direction(graph.direction()) + " from " + label(graph.start());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"trace-title\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n")
                .append("<title id=\"trace-title\">").append(escape(title)).append("</title>\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
                        + " fill=\"#495057\"/></marker></defs>\n");
        for (TraceLink link : graph.links()) {
            int[] from = positions.get(link.fromType() + ":" + link.fromId());
            int[] to = positions.get(link.toType() + ":" + link.toId());
            if (from != null && to != null) {
                arrow(svg, link, from, to);
            }
        }
        for (TraceNode node : graph.nodes()) {
            box(svg, node, positions.get(key(node)), key(node).equals(key(graph.start())));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Distance of each node from the start: links followed forward add one, links followed backward take one away. */
    static Map<String, Integer> columns(TraceGraph graph) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        String start = key(graph.start());
        columns.put(start, 0);
        if (graph.direction() != TraceDirection.BACKWARD) {
            spread(graph, columns, start, 1);
        }
        if (graph.direction() != TraceDirection.FORWARD) {
            spread(graph, columns, start, -1);
        }
        int furthest = columns.values().stream().max(Integer::compare).orElse(0);
        for (TraceNode node : graph.nodes()) {
            columns.putIfAbsent(key(node), furthest + 1);
        }
        return columns;
    }

    private static void spread(TraceGraph graph, Map<String, Integer> columns, String start, int step) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            int column = columns.get(current);
            for (TraceLink link : graph.links()) {
                String from = link.fromType() + ":" + link.fromId();
                String to = link.toType() + ":" + link.toId();
                String next = step > 0 ? (from.equals(current) ? to : null) : (to.equals(current) ? from : null);
                if (next != null && !columns.containsKey(next)) {
                    columns.put(next, column + step);
                    queue.addLast(next);
                }
            }
        }
    }

    @SuppressFBWarnings(value = "POTENTIAL_XML_INJECTION",
            justification = "The path is built from integers and the stroke is a constant; the only text, the title, "
                    + "is escaped.")
    private static void arrow(StringBuilder svg, TraceLink link, int[] from, int[] to) {
        boolean rightwards = to[0] > from[0];
        boolean leftwards = to[0] < from[0];
        int x1 = rightwards ? from[0] + BOX_WIDTH : leftwards ? from[0] : from[0] + BOX_WIDTH;
        int x2 = rightwards ? to[0] : to[0] + BOX_WIDTH;
        int y1 = from[1] + BOX_HEIGHT / 2;
        int y2 = to[1] + BOX_HEIGHT / 2;
        String stroke = link.suspect() ? "#b02a37" : "#495057";
        String dash = link.suspect() ? " stroke-dasharray=\"6 4\"" : "";
        String path;
        if (rightwards || leftwards) {
            int middle = (x1 + x2) / 2;
            path = "M " + x1 + " " + y1 + " C " + middle + " " + y1 + ", " + middle + " " + y2 + ", " + x2 + " " + y2;
        } else {
            int bulge = x1 + COLUMN_GAP / 2;
            path = "M " + x1 + " " + y1 + " C " + bulge + " " + y1 + ", " + bulge + " " + y2 + ", " + x2 + " " + y2;
        }
        String relation = link.relation() + (link.suspect() ? " (suspect)" : "");
        svg.append("<g class=\"trace-link").append(link.suspect() ? " suspect" : "").append("\">")
                .append("<title>").append(escape(label(link.fromLabel()) + " " + relation + " " + label(link.toLabel())))
                .append("</title>")
                .append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1.5\"").append(dash).append(" marker-end=\"url(#arrow)\"/>")
                .append("<text x=\"").append((x1 + x2) / 2 + (rightwards || leftwards ? 0 : COLUMN_GAP / 2))
                .append("\" y=\"").append((y1 + y2) / 2 - 4).append("\" text-anchor=\"middle\" fill=\"").append(stroke)
                .append("\" font-size=\"11\">").append(escape(shorten(relation, 24))).append("</text></g>\n");
    }

    private static void box(StringBuilder svg, TraceNode node, int[] at, boolean start) {
        svg.append("<g class=\"trace-node\"><title>").append(escape(label(node))).append("</title>")
                .append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"")
                .append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"6\" fill=\"")
                .append(start ? "#e7f1ff" : "#ffffff").append("\" stroke=\"").append(start ? "#0d6efd" : "#adb5bd")
                .append("\" stroke-width=\"").append(start ? 2 : 1).append("\"/>")
                .append("<text x=\"").append(at[0] + 10).append("\" y=\"").append(at[1] + 18)
                .append("\" fill=\"#6c757d\" font-size=\"10\">").append(escape(typeName(node.type()))).append("</text>")
                .append("<text x=\"").append(at[0] + 10).append("\" y=\"").append(at[1] + 36).append("\" fill=\"#212529\">")
                .append(escape(shorten(label(node), MAX_LABEL_CHARS))).append("</text></g>\n");
    }

    private static String typeName(String type) {
        return type.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String direction(TraceDirection direction) {
        return switch (direction) {
            case FORWARD -> "forward";
            case BACKWARD -> "backward";
            case BOTH -> "both ways";
        };
    }

    private static String label(TraceNode node) {
        return label(node.label() == null ? node.type() + " " + node.id() : node.label());
    }

    private static String label(String label) {
        return label == null ? "" : label;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String key(TraceNode node) {
        return node.type() + ":" + node.id();
    }

    /** XML-escapes {@code text} for element content and attribute values, dropping characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}

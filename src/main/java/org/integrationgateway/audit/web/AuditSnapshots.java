package org.integrationgateway.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the JSON snapshots stored in audit entries. A snapshot that is not valid JSON (written by hand, or
 * truncated) is shown as text rather than failing the page.
 */
final class AuditSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditSnapshots() {
    }

    static JsonNode parse(String snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return JSON.readTree(snapshot);
        } catch (JacksonException notJson) {
            return JsonNodeFactory.instance.stringNode(snapshot);
        }
    }

    static String pretty(String snapshot) {
        JsonNode node = parse(snapshot);
        return node == null ? null : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** Top-level fields whose values differ between two object snapshots, in order of appearance. */
    static List<String> changedFields(String before, String after) {
        JsonNode old = parse(before);
        JsonNode now = parse(after);
        if (old == null || now == null || !old.isObject() || !now.isObject()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>(old.propertyNames());
        names.addAll(now.propertyNames());
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(old.get(name), now.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }
}

package org.integrationgateway.transfer.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.integrationgateway.shared.AuditedChange;

/**
 * A project export was imported as a new project: where it came from, and per table the rows created and the shared
 * rows matched to this instance's. The imported rows themselves carry no audit entries of their own.
 */
public record ProjectImported(long projectId, String code, String exportedFrom, String exportedBy,
                              Map<String, Integer> created, Map<String, Integer> matched) implements AuditedChange {

    public ProjectImported {
        created = Map.copyOf(created);
        matched = Map.copyOf(matched);
    }

    @Override
    public String entityType() {
        return "Project";
    }

    @Override
    public String entityId() {
        return Long.toString(projectId);
    }

    @Override
    public String action() {
        return "imported";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code);
        after.put("exportedFrom", exportedFrom);
        after.put("exportedBy", exportedBy);
        after.put("created", new java.util.TreeMap<>(created));
        after.put("matched", new java.util.TreeMap<>(matched));
        return after;
    }
}

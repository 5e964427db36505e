package org.integrationgateway.transfer.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.integrationgateway.shared.AuditedChange;

/** Someone downloaded a project with everything about it: audited, since the file carries the whole project. */
public record ProjectExported(long projectId, String code, String fileName, int sizeBytes) implements AuditedChange {

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
        return "exported";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code);
        after.put("fileName", fileName);
        after.put("sizeBytes", sizeBytes);
        return after;
    }
}

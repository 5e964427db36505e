package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** A project's reporting cadence changed (names WEEKLY, FORTNIGHTLY, MONTHLY; the previous one the default at first). */
public record ReportingCadenceChanged(long projectId, String previous, String cadence, String changedBy)
        implements AuditedChange {

    @Override
    public String entityType() {
        return "reporting-cadence";
    }

    @Override
    public String entityId() {
        return String.valueOf(projectId);
    }

    @Override
    public String action() {
        return "changed";
    }

    @Override
    public Object before() {
        return java.util.Map.of("projectId", projectId, "cadence", previous);
    }

    @Override
    public Object after() {
        return java.util.Map.of("projectId", projectId, "cadence", cadence, "changedBy", changedBy);
    }
}

package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** A status report was published for a project and period. */
public record StatusReportPublished(StatusReportSnapshot report) implements AuditedChange {

    @Override
    public String entityType() {
        return "status-report";
    }

    @Override
    public String entityId() {
        return String.valueOf(report.id());
    }

    @Override
    public String action() {
        return "published";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return report;
    }
}

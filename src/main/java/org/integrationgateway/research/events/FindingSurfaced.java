package org.integrationgateway.research.events;

import org.integrationgateway.shared.AuditedChange;

/** A finding was surfaced. */
public record FindingSurfaced(FindingSnapshot finding, String surfacedBy) implements AuditedChange {

    @Override
    public String entityType() {
        return "finding";
    }

    @Override
    public String entityId() {
        return String.valueOf(finding.id());
    }

    @Override
    public String action() {
        return "surfaced";
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

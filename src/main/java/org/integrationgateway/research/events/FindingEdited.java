package org.integrationgateway.research.events;

import org.integrationgateway.shared.AuditedChange;

/** A finding's facts were corrected (before it was actioned). */
public record FindingEdited(FindingSnapshot previous, FindingSnapshot finding, String editedBy) implements AuditedChange {

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
        return "edited";
    }

    @Override
    public Object before() {
        return previous;
    }

    @Override
    public Object after() {
        return finding;
    }
}

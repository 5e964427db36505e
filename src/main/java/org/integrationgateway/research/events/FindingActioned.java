package org.integrationgateway.research.events;

import org.integrationgateway.shared.AuditedChange;

/** A finding was actioned: {@code kind} RAISED_CHANGE (with the project and change request), LINKED_AS_EVIDENCE (the project and item key) or DISMISSED (with the reason in {@code note}); the audit action is the kind in lower case with dashes. */
public record FindingActioned(FindingSnapshot finding, String kind, Long projectId, Long changeRequestId, String itemKey, String note, String actionedBy) implements AuditedChange {

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
        return kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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

package org.integrationgateway.research.events;

import org.integrationgateway.shared.AuditedChange;

/** A marketing person wrote (or rewrote) what a finding bears on; {@code finding.contradictions()} are the baselined items it contradicts, which flag their projects for their next gate. */
public record FindingInterpreted(FindingSnapshot previous, FindingSnapshot finding, String interpretedBy) implements AuditedChange {

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
        return "interpreted";
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

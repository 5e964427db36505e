package org.integrationgateway.sales.events;

import org.integrationgateway.shared.AuditedChange;

/** The salesperson changed a quote's lines: {@code change} is {@code line-added}, {@code line-removed} or {@code line-reworded} (then {@code lineNumber} is the new line); {@code changeRequestId} is the change request a customisation raised or withdrew. */
public record QuoteLinesChanged(QuoteSnapshot quote, String change, int lineNumber, String kind, Long changeRequestId, String changedBy) implements AuditedChange {

    @Override
    public String entityType() {
        return "quote";
    }

    @Override
    public String entityId() {
        return String.valueOf(quote.id());
    }

    @Override
    public String action() {
        return change;
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

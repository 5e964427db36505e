package org.integrationgateway.sales.events;

import org.integrationgateway.shared.AuditedChange;

/** A quote was started for an opportunity. */
public record QuoteCreated(QuoteSnapshot quote, String createdBy) implements AuditedChange {

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
        return "created";
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

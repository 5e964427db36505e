package org.integrationgateway.sales.events;

import org.integrationgateway.shared.AuditedChange;

/** A quote was accepted, declined, expired or ordered: the audit action is the new state in lower case; {@code by} names who accepted (the customer's name), declined or booked, {@code reason} why it was declined or expired. */
public record QuoteStateChanged(QuoteSnapshot quote, String fromState, String toState, String by, String reason) implements AuditedChange {

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
        return toState.toLowerCase(java.util.Locale.ROOT);
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

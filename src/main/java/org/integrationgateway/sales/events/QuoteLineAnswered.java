package org.integrationgateway.sales.events;

import java.math.BigDecimal;
import java.time.Instant;
import org.integrationgateway.shared.AuditedChange;

/** The project's answer to a customisation changed (from its change request): {@code answer} OPEN, DEFERRED, FEASIBLE, NOT_FEASIBLE or WITHDRAWN, with the price delta (in the quote's currency) and schedule delta when feasible, the reason otherwise; {@code askedAt}/{@code answeredAt} give how long the answer took. */
public record QuoteLineAnswered(QuoteSnapshot quote, int lineNumber, long changeRequestId, String answer, BigDecimal priceDelta, Integer scheduleDeltaDays, String note, Instant askedAt, Instant answeredAt) implements AuditedChange {

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
        return "line-answered";
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

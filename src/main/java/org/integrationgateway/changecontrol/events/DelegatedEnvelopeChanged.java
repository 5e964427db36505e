package org.integrationgateway.changecontrol.events;

import java.math.BigDecimal;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/** A project's delegated envelope was set or changed; {@code revision} counts its versions from 1. */
public record DelegatedEnvelopeChanged(long projectId, int revision, Limits previous, Limits limits, String changedBy)
        implements AuditedChange {

    public record Limits(BigDecimal maxCost, String currency, int maxScheduleDays, List<String> categories) {
    }

    @Override
    public String entityType() {
        return "change-envelope";
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
        return previous;
    }

    @Override
    public Object after() {
        return limits;
    }
}

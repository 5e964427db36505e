package org.integrationgateway.changecontrol.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;

/** The impact of a change request was assessed (or re-assessed). {@code affectedItems} are spec item keys. */
public record ChangeRequestAssessed(ChangeRequestSnapshot changeRequest, BigDecimal costDelta, String currency,
                                    int scheduleDeltaDays, String risk, String riskNote, List<String> affectedItems,
                                    String assessedBy, Instant assessedAt) implements AuditedChange {

    @Override
    public String entityType() {
        return "change-request";
    }

    @Override
    public String entityId() {
        return String.valueOf(changeRequest.id());
    }

    @Override
    public String action() {
        return "assessed";
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

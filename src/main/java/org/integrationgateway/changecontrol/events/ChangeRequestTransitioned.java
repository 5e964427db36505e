package org.integrationgateway.changecontrol.events;

import java.time.Instant;
import org.integrationgateway.shared.AuditedChange;

/**
 * A change request moved from one state to another by {@code transition} (e.g. {@code SUBMIT}, {@code WITHDRAW});
 * decisions are announced by {@link ChangeRequestDecided} instead.
 */
public record ChangeRequestTransitioned(ChangeRequestSnapshot changeRequest, String transition, String fromState,
                                        String toState, String actor, String comment, Instant at)
        implements AuditedChange {

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
        return transition.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public Object before() {
        return fromState;
    }

    @Override
    public Object after() {
        return changeRequest;
    }
}

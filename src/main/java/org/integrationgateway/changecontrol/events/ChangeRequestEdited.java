package org.integrationgateway.changecontrol.events;

import org.integrationgateway.shared.AuditedChange;

/** A draft change request was edited by its requester. */
public record ChangeRequestEdited(ChangeRequestSnapshot previous, ChangeRequestSnapshot changeRequest)
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
        return "edited";
    }

    @Override
    public Object before() {
        return previous;
    }

    @Override
    public Object after() {
        return changeRequest;
    }
}

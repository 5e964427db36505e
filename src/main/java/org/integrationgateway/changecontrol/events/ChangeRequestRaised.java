package org.integrationgateway.changecontrol.events;

import org.integrationgateway.shared.AuditedChange;

/** A change request was raised (as a draft, or submitted at once). */
public record ChangeRequestRaised(ChangeRequestSnapshot changeRequest, String raisedBy) implements AuditedChange {

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
        return "raised";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return changeRequest;
    }
}

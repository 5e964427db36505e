package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** An action item was created in a meeting and given to its owner. */
public record ActionItemAssigned(ActionItemSnapshot item) implements AuditedChange {

    @Override
    public String entityType() {
        return "action-item";
    }

    @Override
    public String entityId() {
        return String.valueOf(item.id());
    }

    @Override
    public String action() {
        return "assigned";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return item;
    }
}

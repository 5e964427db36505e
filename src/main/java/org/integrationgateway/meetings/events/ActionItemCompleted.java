package org.integrationgateway.meetings.events;

import org.integrationgateway.shared.AuditedChange;

/** An action item was marked done. */
public record ActionItemCompleted(ActionItemSnapshot item) implements AuditedChange {

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
        return "completed";
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

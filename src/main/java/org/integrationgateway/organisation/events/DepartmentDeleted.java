package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** An empty department was deleted. */
public record DepartmentDeleted(long departmentId, DepartmentSnapshot department) implements AuditedChange {

    @Override
    public String entityType() {
        return "Department";
    }

    @Override
    public String entityId() {
        return Long.toString(departmentId);
    }

    @Override
    public String action() {
        return "deleted";
    }

    @Override
    public Object before() {
        return department;
    }

    @Override
    public Object after() {
        return null;
    }
}

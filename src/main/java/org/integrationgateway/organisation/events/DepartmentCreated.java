package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A department was created. */
public record DepartmentCreated(long departmentId, DepartmentSnapshot department) implements AuditedChange {

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
        return "created";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return department;
    }
}

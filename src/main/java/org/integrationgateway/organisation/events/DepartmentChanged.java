package org.integrationgateway.organisation.events;

import org.integrationgateway.shared.AuditedChange;

/** A department was renamed or its kind changed. */
public record DepartmentChanged(long departmentId, DepartmentSnapshot before, DepartmentSnapshot after) implements AuditedChange {

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
        return "changed";
    }

    @Override
    public DepartmentSnapshot before() {
        return before;
    }

    @Override
    public DepartmentSnapshot after() {
        return after;
    }
}

package org.integrationgateway.organisation.events;

import org.integrationgateway.organisation.DepartmentKind;

/** A department's state as recorded in events and the audit log. */
public record DepartmentSnapshot(String name, DepartmentKind kind) {
}

package org.integrationgateway.organisation;

/** What a person enters to create or change a department. */
public record DepartmentDetails(String name, DepartmentKind kind) {
}

package org.integrationgateway.organisation;

/** A department as lists and detail pages show it, with the number of people in it. */
public record DepartmentView(long id, String name, DepartmentKind kind, long peopleCount, long version) {
}

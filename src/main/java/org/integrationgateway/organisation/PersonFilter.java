package org.integrationgateway.organisation;

/**
 * Narrows the list of people: {@code text} matches name or e-mail (case-insensitive, contains),
 * {@code departmentId} and {@code kind} the department. Null or blank means no restriction.
 */
public record PersonFilter(String text, Long departmentId, DepartmentKind kind) {

    public static PersonFilter none() {
        return new PersonFilter(null, null, null);
    }
}

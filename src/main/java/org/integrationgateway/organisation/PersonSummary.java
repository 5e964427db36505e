package org.integrationgateway.organisation;

/** A person as other modules see them: name, contact, department and optional sign-in account. */
public record PersonSummary(long id, String fullName, String email, long departmentId, String departmentName,
                            DepartmentKind departmentKind, String title, Long userAccount) {
}

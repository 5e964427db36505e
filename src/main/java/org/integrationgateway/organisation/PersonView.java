package org.integrationgateway.organisation;

/** A person with their department, as lists and detail pages show them. */
public record PersonView(long id, String fullName, String email, long departmentId, String departmentName,
                         DepartmentKind departmentKind, String title, Long userAccount, long version) {

    PersonSummary toSummary() {
        return new PersonSummary(id, fullName, email, departmentId, departmentName, departmentKind, title, userAccount);
    }
}

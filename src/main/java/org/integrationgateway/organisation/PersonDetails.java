package org.integrationgateway.organisation;

/** What a person enters to add or change a person; {@code title} is optional. */
public record PersonDetails(String fullName, String email, Long departmentId, String title) {
}

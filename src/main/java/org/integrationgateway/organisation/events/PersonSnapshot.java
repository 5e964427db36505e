package org.integrationgateway.organisation.events;

/** A person's state as recorded in events and the audit log. */
public record PersonSnapshot(String fullName, String email, long departmentId, String title, Long userAccount) {
}

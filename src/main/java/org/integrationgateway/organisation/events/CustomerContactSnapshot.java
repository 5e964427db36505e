package org.integrationgateway.organisation.events;

/** A customer contact's state as recorded in events and the audit log. */
public record CustomerContactSnapshot(long customerId, String fullName, String email, String phone, String jobTitle,
                                      Long userAccount) {
}

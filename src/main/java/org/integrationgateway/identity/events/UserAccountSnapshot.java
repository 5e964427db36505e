package org.integrationgateway.identity.events;

import java.time.Instant;
import java.util.SortedSet;

/** The audited state of an account. Never carries the password hash. */
public record UserAccountSnapshot(long id, String email, String displayName, SortedSet<String> roles, boolean enabled,
                                  Long customerOrganisation, Instant credentialsChangedAt) {
}

package org.integrationgateway.identity;

import java.util.Set;

/** An administrator's edit of an account, based on the account at {@code version}. */
public record AccountChange(String displayName, Set<Role> roles, Long customerOrganisation, Long version) {
}

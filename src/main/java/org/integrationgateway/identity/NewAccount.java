package org.integrationgateway.identity;

import java.util.Set;

/**
 * What is needed to open an account. {@code customerOrganisation} is required for, and only allowed with,
 * the {@link Role#CUSTOMER_CONTACT} role.
 */
public record NewAccount(String email, String displayName, String password, Set<Role> roles, Long customerOrganisation) {
}

package org.integrationgateway.identity;

import java.time.Instant;
import java.util.Set;

/** What administrators see of an account; never the password hash. */
public record UserAccountDetails(long id, String email, String displayName, Set<Role> roles, boolean enabled,
                                 Long customerOrganisation, Instant createdAt, Instant credentialsChangedAt,
                                 long version) {

    static UserAccountDetails of(UserAccount account) {
        return new UserAccountDetails(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
                account.isEnabled(), account.getCustomerOrganisation(), account.getCreatedAt(),
                account.getCredentialsChangedAt(), account.getVersion());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

package org.integrationgateway.organisation;

/** A customer contact; {@code userAccount} is set once the contact has portal access. */
public record ContactView(long id, long customerId, String fullName, String email, String phone, String jobTitle,
                         Long userAccount, long version) {

    public boolean hasPortalAccess() {
        return userAccount != null;
    }
}

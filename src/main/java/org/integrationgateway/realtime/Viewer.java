package org.integrationgateway.realtime;

import java.util.Set;
import org.integrationgateway.identity.Role;

/**
 * A subscriber's current rights as the stream checks them for every event: the account, whether it is still
 * enabled, its system roles, the customer organisation a contact is confined to, and the person it belongs to.
 */
record Viewer(long accountId, boolean enabled, Set<Role> roles, Long customerOrganisation, Long personId) {

    boolean isCustomer() {
        return roles.contains(Role.CUSTOMER_CONTACT);
    }

    boolean isAdministrator() {
        return roles.contains(Role.ADMINISTRATOR);
    }
}

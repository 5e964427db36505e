package org.integrationgateway.identity;

/**
 * System roles. Project roles are not system roles: they come from matrix assignments in the portfolio.
 * A {@link #CUSTOMER_CONTACT} is confined to one customer organisation and sees nothing else.
 */
public enum Role {
    ADMINISTRATOR, PMO, STAFF, CUSTOMER_CONTACT;

    /** The Spring Security authority, e.g. {@code ROLE_PMO}. */
    public String authority() {
        return "ROLE_" + name();
    }
}

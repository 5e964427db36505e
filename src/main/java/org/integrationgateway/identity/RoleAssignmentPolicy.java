package org.integrationgateway.identity;

import java.util.Set;
import org.integrationgateway.shared.RuleViolationException;

/**
 * Which system roles an account may hold together: at least one; a customer contact holds only
 * {@link Role#CUSTOMER_CONTACT} and belongs to exactly one customer organisation; no other account belongs to one.
 */
public final class RoleAssignmentPolicy {

    private RoleAssignmentPolicy() {
    }

    /** @throws RuleViolationException ({@code role-required} or {@code customer-role}) if the combination is refused */
    public static void check(Set<Role> roles, Long customerOrganisation) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("role-required", "roles", "Give the account at least one role.");
        }
        boolean customer = roles.contains(Role.CUSTOMER_CONTACT);
        if (customer && roles.size() > 1) {
            throw new RuleViolationException("customer-role", "roles",
                    "A customer contact account has only the customer contact role and belongs to one customer organisation.");
        }
        if (customer && customerOrganisation == null) {
            throw new RuleViolationException("customer-role", "customerOrganisation",
                    "A customer contact account belongs to one customer organisation: give its id.");
        }
        if (!customer && customerOrganisation != null) {
            throw new RuleViolationException("customer-role", "customerOrganisation",
                    "Only customer contact accounts belong to a customer organisation.");
        }
    }
}

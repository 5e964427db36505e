package org.integrationgateway.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the signed-in account, its system roles and, for a customer contact, the one customer
 * organisation it is confined to. Stored in the HTTP session, hence serialisable.
 */
public record CurrentUser(long accountId, String email, String displayName, Set<Role> roles,
                          Long customerOrganisation) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCustomer() {
        return has(Role.CUSTOMER_CONTACT);
    }

    /** Administrators and PMO manage the organisation and the portfolio. */
    public boolean isAdministratorOrPmo() {
        return has(Role.ADMINISTRATOR) || has(Role.PMO);
    }

    /** The user of the current request, if one is signed in. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof GatewayPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The name recorded in audit entries for the current request: an e-mail, or {@code system}. */
    public static String actorName() {
        return get().map(CurrentUser::email).orElse("system");
    }
}

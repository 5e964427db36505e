package org.integrationgateway.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.integrationgateway.identity.events.UserAccountCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a person the provider authenticated into one of our accounts. A provider identity (provider, subject)
 * already linked signs in to its account. Otherwise, by the provider's {@link FirstSignIn} rule, it is linked to
 * the account with the same e-mail address (verified by the provider unless the provider is configured not to
 * require it), an account is created with the default roles, or the sign-in is refused. A disabled account is
 * refused. When the provider maps groups to roles, the account's system roles are set from the groups at every
 * sign-in (the default roles when none of its groups is mapped); customer contact accounts keep theirs, and the
 * last enabled administrator keeps the administrator role.
 */
@Service
class SingleSignOn {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SsoProviders providers;
    private final SsoIdentities identities;
    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    SingleSignOn(SsoProviders providers, SsoIdentities identities, UserAccounts accounts,
                 PasswordEncoder passwordEncoder, Clock clock) {
        this.providers = providers;
        this.identities = identities;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * The principal of the account this provider identity signs in to.
     *
     * @param claims the ID token's claims merged with the user info's
     * @throws SsoRefusal when the sign-in is refused
     */
    @Transactional
    GatewayPrincipal signIn(String registrationId, String subject, Map<String, Object> claims) {
        SsoProvider provider = providers.findByRegistrationId(registrationId).filter(SsoProvider::isEnabled)
                .orElseThrow(() -> new SsoRefusal("unavailable", "This sign-in provider is not available."));
        Instant now = Instant.now(clock);
        UserAccount account = identities.accountOf(provider.getId(), subject).flatMap(accounts::findById)
                .orElseGet(() -> firstSignIn(provider, subject, claims, now));
        if (!account.isEnabled()) {
            log.info("Single sign-on refused for a disabled account (provider {}, account {})", registrationId,
                    account.getId());
            throw new SsoRefusal("account-disabled", "This account is disabled.");
        }
        account = applyGroups(provider, account, claims);
        log.info("Single sign-on through provider {} to account {}", registrationId, account.getId());
        return account.toPrincipal(now);
    }

    private UserAccount firstSignIn(SsoProvider provider, String subject, Map<String, Object> claims, Instant now) {
        if (provider.getFirstSignIn() == FirstSignIn.REFUSE) {
            throw new SsoRefusal("not-linked", "This provider identity is not linked to an account.");
        }
        String email = UserAccount.normaliseEmail(text(claims.get(provider.getEmailClaim())));
        if (email == null || email.isEmpty() || !email.contains("@") || email.length() > AccountManagement.MAX_EMAIL) {
            throw new SsoRefusal("no-email", "The provider sent no e-mail address.");
        }
        if (provider.isRequireVerifiedEmail() && !isTrue(claims.get("email_verified"))) {
            throw new SsoRefusal("email-not-verified", "The provider has not verified the e-mail address.");
        }
        Optional<UserAccount> existing = accounts.findByEmail(email);
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
        } else if (provider.getFirstSignIn() == FirstSignIn.CREATE) {
            account = create(provider, email, claims, now);
        } else {
            throw new SsoRefusal("no-account", "No account has this e-mail address.");
        }
        identities.link(provider.getId(), subject, account.getId(), now);
        log.info("Provider identity of {} linked to account {}", provider.getRegistrationId(), account.getId());
        return account;
    }

    private UserAccount create(SsoProvider provider, String email, Map<String, Object> claims, Instant now) {
        Set<Role> roles = provider.mapsGroups() ? provider.rolesFor(groups(provider, claims)) : EnumSet.noneOf(Role.class);
        if (roles.isEmpty()) {
            roles = provider.getDefaultRoles();
        }
        RoleAssignmentPolicy.check(roles, null);
        String name = Optional.ofNullable(text(claims.get("name"))).or(() -> Optional.ofNullable(
                text(claims.get("preferred_username")))).filter(n -> !n.isBlank()).orElse(email);
        if (name.length() > AccountManagement.MAX_DISPLAY_NAME) {
            name = name.substring(0, AccountManagement.MAX_DISPLAY_NAME);
        }
        UserAccount account = accounts.save(UserAccount.create(email, name, unusablePasswordHash(), roles, null, now));
        account.publish(new UserAccountCreated(account.getId(), account.getEmail(), account.getDisplayName(),
                new TreeSet<>(roles.stream().map(Enum::name).toList()), null));
        return accounts.save(account);
    }

    private UserAccount applyGroups(SsoProvider provider, UserAccount account, Map<String, Object> claims) {
        if (!provider.mapsGroups() || account.getCustomerOrganisation() != null) {
            return account;
        }
        Set<Role> roles = provider.rolesFor(groups(provider, claims));
        if (roles.isEmpty()) {
            roles = provider.getDefaultRoles();
        }
        if (account.getRoles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)
                && accounts.countEnabledAdministrators() <= 1) {
            roles.add(Role.ADMINISTRATOR);
        }
        if (account.update(account.getDisplayName(), roles, null)) {
            log.info("System roles of account {} set from the groups of provider {}: {}", account.getId(),
                    provider.getRegistrationId(), roles);
            return accounts.save(account);
        }
        return account;
    }

    /** An account created here has no password anyone knows; an administrator may set one later. */
    private String unusablePasswordHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(bytes));
    }

    static List<String> groups(SsoProvider provider, Map<String, Object> claims) {
        Object value = claims.get(provider.getGroupsClaim());
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split("[,\\s]+"));
        }
        return List.of();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }
}

package org.integrationgateway.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.TreeSet;
import org.integrationgateway.identity.events.UserAccountCreated;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Application service for user accounts: opening, disabling, password resets and role assignment. */
@Service
public class AccountManagement {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountManagement(UserAccounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Opens an account and returns its id.
     *
     * @throws ConflictException      if the e-mail is already taken
     * @throws RuleViolationException if the password is too weak or the roles and customer organisation do not fit
     */
    @Transactional
    public long createAccount(NewAccount request) {
        String email = UserAccount.normaliseEmail(request.email());
        if (accounts.existsByEmail(email)) {
            throw new ConflictException("email-taken", "An account with the e-mail " + email + " already exists.");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new RuleViolationException("role-required", "roles", "Give the account at least one role.");
        }
        boolean customer = request.roles().contains(Role.CUSTOMER_CONTACT);
        if (customer && (request.roles().size() > 1 || request.customerOrganisation() == null)) {
            throw new RuleViolationException("customer-role", "roles",
                    "A customer contact account has only the customer contact role and belongs to one customer organisation.");
        }
        if (!customer && request.customerOrganisation() != null) {
            throw new RuleViolationException("customer-role", "customerOrganisation",
                    "Only customer contact accounts belong to a customer organisation.");
        }
        if (request.password() == null || request.password().length() < 12) {
            throw new RuleViolationException("weak-password", "password", "The password must have at least 12 characters.");
        }
        Instant now = Instant.now(clock);
        UserAccount account = UserAccount.create(email, request.displayName(), passwordEncoder.encode(request.password()),
                request.roles(), request.customerOrganisation(), now);
        account = accounts.save(account);
        account.publish(new UserAccountCreated(account.getId(), account.getEmail(), account.getDisplayName(),
                new TreeSet<>(request.roles().stream().map(Enum::name).toList()), account.getCustomerOrganisation()));
        return accounts.save(account).getId();
    }
}

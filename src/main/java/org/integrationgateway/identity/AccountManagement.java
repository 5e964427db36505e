package org.integrationgateway.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.TreeSet;
import org.integrationgateway.identity.events.UserAccountCreated;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service for user accounts: opening, editing, disabling and enabling, password resets and role
 * assignment. Disabling an account or resetting its password ends its sessions on every node; disabling also
 * stops its API tokens. An administrator can neither disable their own account nor take away their own
 * administrator role, and the last enabled administrator is kept.
 */
@Service
public class AccountManagement {

    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 200;

    private final UserAccounts accounts;
    private final UserAccountSearch search;
    private final PasswordEncoder passwordEncoder;
    private final SessionTermination sessions;
    private final Clock clock;

    AccountManagement(UserAccounts accounts, UserAccountSearch search, PasswordEncoder passwordEncoder,
                      SessionTermination sessions, Clock clock) {
        this.accounts = accounts;
        this.search = search;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Opens an account and returns its id.
     *
     * @throws ConflictException       if the e-mail is already taken
     * @throws InvalidRequestException if the e-mail or display name is missing or too long
     * @throws RuleViolationException  if the password is refused by {@link PasswordPolicy} or the roles and customer
     *                                 organisation do not fit {@link RoleAssignmentPolicy}
     */
    @Transactional
    public long createAccount(NewAccount request) {
        String email = UserAccount.normaliseEmail(request.email());
        if (email == null || email.isEmpty() || !email.contains("@") || email.length() > MAX_EMAIL) {
            throw new InvalidRequestException("email", "Enter an e-mail address of at most " + MAX_EMAIL + " characters.");
        }
        checkDisplayName(request.displayName());
        if (accounts.existsByEmail(email)) {
            throw new ConflictException("email-taken", "An account with the e-mail " + email + " already exists.");
        }
        RoleAssignmentPolicy.check(request.roles(), request.customerOrganisation());
        PasswordPolicy.check(request.password(), email);
        Instant now = Instant.now(clock);
        UserAccount account = UserAccount.create(email, request.displayName(), passwordEncoder.encode(request.password()),
                request.roles(), request.customerOrganisation(), now);
        account = accounts.save(account);
        account.publish(new UserAccountCreated(account.getId(), account.getEmail(), account.getDisplayName(),
                new TreeSet<>(request.roles().stream().map(Enum::name).toList()), account.getCustomerOrganisation()));
        return accounts.save(account).getId();
    }

    /** @throws NotFoundException if there is no such account */
    @Transactional(readOnly = true)
    public UserAccountDetails find(long id) {
        return UserAccountDetails.of(load(id));
    }

    /** Accounts matching the query, a page at a time; sortable by {@code displayName}, {@code email}, {@code createdAt}. */
    @Transactional(readOnly = true)
    public Page<UserAccountDetails> search(UserAccountQuery query, Pageable pageable) {
        return search.search(query, pageable);
    }

    /** True while no account exists at all (first start of a production installation). */
    @Transactional(readOnly = true)
    public boolean noAccountExists() {
        return accounts.count() == 0;
    }

    /**
     * Sets the display name, system roles and customer organisation.
     *
     * @throws ConflictException if {@code change.version()} is not the current version
     */
    @Transactional
    public UserAccountDetails update(long id, AccountChange change) {
        UserAccount account = loadAt(id, change.version());
        checkDisplayName(change.displayName());
        RoleAssignmentPolicy.check(change.roles(), change.customerOrganisation());
        if (account.getRoles().contains(Role.ADMINISTRATOR) && !change.roles().contains(Role.ADMINISTRATOR)) {
            if (isActor(account)) {
                throw new RuleViolationException("own-administrator-role", "roles",
                        "You cannot take away your own administrator role; ask another administrator.");
            }
            keepAnAdministrator(account);
        }
        if (account.update(change.displayName(), change.roles(), change.customerOrganisation())) {
            account = accounts.save(account);
        }
        return UserAccountDetails.of(account);
    }

    /**
     * Disables the account: it can no longer sign in, its sessions end and its API tokens stop working at once.
     * Disabling a disabled account changes nothing.
     */
    @Transactional
    public UserAccountDetails disable(long id, Long expectedVersion) {
        UserAccount account = loadAt(id, expectedVersion);
        if (isActor(account)) {
            throw new RuleViolationException("own-account", null, "You cannot disable your own account.");
        }
        if (account.isEnabled() && account.getRoles().contains(Role.ADMINISTRATOR)) {
            keepAnAdministrator(account);
        }
        if (account.disable(Instant.now(clock))) {
            account = accounts.save(account);
            sessions.endSessionsAfterCommit(account.getEmail());
        }
        return UserAccountDetails.of(account);
    }

    /** Enables a disabled account; enabling an enabled account changes nothing. */
    @Transactional
    public UserAccountDetails enable(long id, Long expectedVersion) {
        UserAccount account = loadAt(id, expectedVersion);
        if (account.enable()) {
            account = accounts.save(account);
        }
        return UserAccountDetails.of(account);
    }

    /**
     * Sets a new password, or generates one when {@code newPassword} is null, and ends the account's sessions.
     * The generated password is returned once and stored only as a hash.
     */
    @Transactional
    public PasswordResetResult resetPassword(long id, String newPassword, Long expectedVersion) {
        UserAccount account = loadAt(id, expectedVersion);
        String password = newPassword == null ? PasswordPolicy.generate() : newPassword;
        PasswordPolicy.check(password, account.getEmail());
        account.resetPassword(passwordEncoder.encode(password), Instant.now(clock));
        account = accounts.save(account);
        sessions.endSessionsAfterCommit(account.getEmail());
        return new PasswordResetResult(UserAccountDetails.of(account), newPassword == null ? password : null);
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    private UserAccount loadAt(long id, Long expectedVersion) {
        UserAccount account = load(id);
        if (expectedVersion != null && !Objects.equals(account.getVersion(), expectedVersion)) {
            throw ConflictException.staleVersion("The account");
        }
        return account;
    }

    private void keepAnAdministrator(UserAccount account) {
        if (account.isEnabled() && accounts.countEnabledAdministrators() <= 1) {
            throw new RuleViolationException("last-administrator", null,
                    "This is the last enabled administrator; make someone else an administrator first.");
        }
    }

    private static boolean isActor(UserAccount account) {
        return CurrentUser.get().map(user -> user.accountId() == account.getId()).orElse(false);
    }

    private static void checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > MAX_DISPLAY_NAME) {
            throw new InvalidRequestException("displayName",
                    "Enter a display name of at most " + MAX_DISPLAY_NAME + " characters.");
        }
    }
}

package org.integrationgateway.identity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.integrationgateway.identity.events.UserAccountDisabled;
import org.integrationgateway.identity.events.UserAccountEnabled;
import org.integrationgateway.identity.events.UserAccountPasswordReset;
import org.integrationgateway.identity.events.UserAccountSnapshot;
import org.integrationgateway.identity.events.UserAccountUpdated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sign-in account. The password is stored only as a hash; a customer contact's account is confined to
 * one customer organisation. Changing the password or disabling the account moves
 * {@code credentialsChangedAt}, which ends every session opened before it.
 */
@Table("user_account")
public class UserAccount extends AbstractAggregateRoot<UserAccount> {

    @Id
    private Long id;
    private String email;
    private String displayName;
    private String passwordHash;
    private boolean enabled;
    private Long customerOrganisation;
    private Instant credentialsChangedAt;
    private Instant createdAt;
    @MappedCollection(idColumn = "user_account")
    private Set<UserRole> roles = new HashSet<>();
    @Version
    private Long version;

    UserAccount() {
    }

    static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getCustomerOrganisation() {
        return customerOrganisation;
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return roles.stream().map(UserRole::role).collect(Collectors.toUnmodifiableSet());
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, email, displayName, getRoles(), customerOrganisation);
    }

    GatewayPrincipal toPrincipal(Instant now) {
        return new GatewayPrincipal(toCurrentUser(), passwordHash, enabled, now);
    }

    /** Builder-style factory used by the application service, which hashes the password first. */
    static UserAccount create(String email, String displayName, String passwordHash, Set<Role> roles,
                              Long customerOrganisation, Instant now) {
        UserAccount account = new UserAccount();
        account.email = normaliseEmail(email);
        account.displayName = displayName.trim();
        account.passwordHash = passwordHash;
        account.enabled = true;
        account.customerOrganisation = customerOrganisation;
        account.credentialsChangedAt = now;
        account.createdAt = now;
        account.roles = roles.stream().map(UserRole::new).collect(Collectors.toCollection(HashSet::new));
        return account;
    }

    /** Replaces the password hash; every session opened before {@code now} ends. */
    void resetPassword(String newHash, Instant now) {
        UserAccountSnapshot before = snapshot();
        this.passwordHash = newHash;
        this.credentialsChangedAt = now;
        registerEvent(new UserAccountPasswordReset(id, before, snapshot()));
    }

    /** Disables the account, ending its sessions; returns false (and changes nothing) if it was already disabled. */
    boolean disable(Instant now) {
        if (!enabled) {
            return false;
        }
        UserAccountSnapshot before = snapshot();
        this.enabled = false;
        this.credentialsChangedAt = now;
        registerEvent(new UserAccountDisabled(id, before, snapshot()));
        return true;
    }

    /** Enables the account again; returns false (and changes nothing) if it was enabled. */
    boolean enable() {
        if (enabled) {
            return false;
        }
        UserAccountSnapshot before = snapshot();
        this.enabled = true;
        registerEvent(new UserAccountEnabled(id, before, snapshot()));
        return true;
    }

    /**
     * Sets the display name, system roles and customer organisation (checked by {@link RoleAssignmentPolicy});
     * returns false when nothing differs.
     */
    boolean update(String newDisplayName, Set<Role> newRoles, Long newCustomerOrganisation) {
        UserAccountSnapshot before = snapshot();
        this.displayName = newDisplayName.trim();
        this.roles = newRoles.stream().map(UserRole::new).collect(Collectors.toCollection(HashSet::new));
        this.customerOrganisation = newCustomerOrganisation;
        UserAccountSnapshot after = snapshot();
        if (before.equals(after)) {
            return false;
        }
        registerEvent(new UserAccountUpdated(id, before, after));
        return true;
    }

    UserAccountSnapshot snapshot() {
        return new UserAccountSnapshot(id == null ? 0 : id, email, displayName,
                new TreeSet<>(getRoles().stream().map(Enum::name).toList()), enabled, customerOrganisation,
                credentialsChangedAt);
    }

    /** Registers an event to be published when the account is saved. */
    UserAccount publish(Object event) {
        registerEvent(event);
        return this;
    }

    @Table("user_role")
    record UserRole(Role role) {
    }
}

package org.integrationgateway.identity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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

    GatewayPrincipal toPrincipal() {
        return new GatewayPrincipal(toCurrentUser(), passwordHash, enabled);
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

    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.credentialsChangedAt = now;
    }

    void disable(Instant now) {
        this.enabled = false;
        this.credentialsChangedAt = now;
    }

    void enable() {
        this.enabled = true;
    }

    void assignRoles(Set<Role> newRoles, Long newCustomerOrganisation) {
        this.roles = newRoles.stream().map(UserRole::new).collect(Collectors.toCollection(HashSet::new));
        this.customerOrganisation = newCustomerOrganisation;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName.trim();
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

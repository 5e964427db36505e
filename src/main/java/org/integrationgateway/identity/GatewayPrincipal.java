package org.integrationgateway.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a signed-in account; the password hash is erased after sign-in.
 * {@code authenticatedAt} is when the credentials were checked: a session whose account changed credentials
 * (password reset, disabling) after that instant is no longer honoured.
 */
public final class GatewayPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final Instant authenticatedAt;

    GatewayPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
        this(user, passwordHash, enabled, Instant.now());
    }

    GatewayPrincipal(CurrentUser user, String passwordHash, boolean enabled, Instant authenticatedAt) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.authenticatedAt = authenticatedAt;
    }

    /** When the credentials behind this principal were checked. */
    public Instant authenticatedAt() {
        return authenticatedAt;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = user.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

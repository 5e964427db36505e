package org.integrationgateway.identity;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token rather than a session. Never stored in a session. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final GatewayPrincipal principal;

    ApiTokenAuthentication(GatewayPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public GatewayPrincipal getPrincipal() {
        return principal;
    }
}

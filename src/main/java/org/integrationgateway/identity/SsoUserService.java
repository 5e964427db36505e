package org.integrationgateway.identity;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.Serial;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Loads the person the provider authenticated (ID token and user info, checked by Spring Security's
 * {@link OidcUserService}) and resolves our account for them through {@link SingleSignOn}; a refusal becomes an
 * authentication failure whose error code the sign-in page explains.
 */
@Component
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final SingleSignOn singleSignOn;

    SsoUserService(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        try {
            GatewayPrincipal principal = singleSignOn.signIn(request.getClientRegistration().getRegistrationId(),
                    user.getSubject(), user.getClaims());
            return new SignedIn(user, principal);
        } catch (SsoRefusal refusal) {
            throw new OAuth2AuthenticationException(new OAuth2Error(refusal.code(), refusal.getMessage(), null),
                    refusal.getMessage());
        }
    }

    /** The provider's person with the principal of the account they sign in to. */
    @SuppressFBWarnings(value = "EQ_DOESNT_OVERRIDE_EQUALS",
            justification = "Short-lived: it only carries the principal from the user service to the success handler, "
                    + "which replaces it; equality by the provider's identity (ID token, user info) is right for it.")
    static final class SignedIn extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final GatewayPrincipal principal;

        SignedIn(OidcUser user, GatewayPrincipal principal) {
            super(principal.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.principal = principal;
        }

        GatewayPrincipal principal() {
            return principal;
        }
    }
}

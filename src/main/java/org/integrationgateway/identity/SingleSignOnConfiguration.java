package org.integrationgateway.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The pieces of OpenID Connect sign-in that {@link SecurityConfiguration} plugs into {@code oauth2Login}: the
 * provider's tokens are not kept after sign-in (no authorized client is stored), a successful sign-in becomes the
 * same session authentication as a local sign-in (the account's principal), and a failure returns to the sign-in
 * page with a code that selects its message.
 */
@Configuration(proxyBeanMethods = false)
class SingleSignOnConfiguration {

    /** Error codes of Spring Security and of the provider that get a message of their own. */
    private static final Map<String, String> KNOWN_ERRORS = Map.of(
            OAuth2ErrorCodes.ACCESS_DENIED, "denied",
            "client_registration_not_found", "unavailable",
            "authorization_request_not_found", "failed");

    @Bean
    OAuth2AuthorizedClientRepository ssoAuthorizedClients() {
        return new OAuth2AuthorizedClientRepository() {
            @Override
            public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
                    Authentication principal, HttpServletRequest request) {
                return null;
            }

            @Override
            public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                                             HttpServletRequest request, HttpServletResponse response) {
                // the provider's tokens are not needed after sign-in and are not kept
            }

            @Override
            public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
                                               HttpServletRequest request, HttpServletResponse response) {
                // nothing is kept
            }
        };
    }

    /** Replaces the provider's authentication with the account's, as a local sign-in has it, then continues. */
    static AuthenticationSuccessHandler signedIn(RequestCache requestCache) {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        target.setRequestCache(requestCache);
        SecurityContextRepository repository = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        return (request, response, authentication) -> {
            if (!(authentication.getPrincipal() instanceof SsoUserService.SignedIn signedIn)) {
                throw new IllegalStateException("Single sign-on without an account principal");
            }
            GatewayPrincipal principal = signedIn.principal();
            Authentication account = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(account);
            holder.setContext(context);
            repository.saveContext(context, request, response);
            target.onAuthenticationSuccess(request, response, account);
        };
    }

    /** Back to the sign-in page with {@code ?sso=<code>}, the code being one of {@link SsoRefusal#CODES}. */
    static AuthenticationFailureHandler failed(String fallbackCode) {
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, exception) -> {
            String code = fallbackCode;
            if (exception instanceof OAuth2AuthenticationException oauth) {
                String error = oauth.getError().getErrorCode();
                code = SsoRefusal.CODES.contains(error) ? error : KNOWN_ERRORS.getOrDefault(error, fallbackCode);
            }
            redirect.sendRedirect(request, response, "/login?sso=" + code);
        };
    }
}

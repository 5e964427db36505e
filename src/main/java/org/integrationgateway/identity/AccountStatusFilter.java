package org.integrationgateway.identity;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every request that the signed-in account still exists, is enabled and has not changed its credentials
 * since this session authenticated; otherwise the session ends at once (401 on the API, the sign-in page in the UI).
 * Role and name changes apply from the next request: the principal is rebuilt from the current account.
 * Token-authenticated requests were already checked by {@link BearerTokenFilter}.
 */
class AccountStatusFilter extends OncePerRequestFilter {

    private final AccountStates states;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccountStatusFilter(AccountStates states) {
        this.states = states;
    }

    @SuppressFBWarnings(value = "UNVALIDATED_REDIRECT",
            justification = "The redirect goes to the sign-in page of this application: context path plus a "
                    + "constant.")
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication instanceof ApiTokenAuthentication
                || authentication == null || !(authentication.getPrincipal() instanceof GatewayPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountStates.AccountState> state = states.find(principal.user().accountId());
        if (state.isEmpty() || !state.get().enabled()
                || state.get().credentialsChangedAt().isAfter(principal.authenticatedAt())) {
            holder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (SecurityConfiguration.isApi(request)) {
                response.setHeader("WWW-Authenticate", "Bearer");
                SecurityConfiguration.writeProblem(response, HttpStatus.UNAUTHORIZED,
                        "Your session has ended. Sign in again.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        CurrentUser current = state.get().toCurrentUser();
        if (!current.equals(principal.user())) {
            GatewayPrincipal refreshed = new GatewayPrincipal(current, null, true, principal.authenticatedAt());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                    refreshed.getAuthorities()));
            holder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}

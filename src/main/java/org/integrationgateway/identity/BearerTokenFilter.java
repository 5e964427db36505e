package org.integrationgateway.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <personal API token>} for that request only
 * (no session is created). A token that is unknown, revoked, expired or whose account is disabled answers 401 with
 * a problem detail, whatever else the request carries.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokenManagement tokens;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokenManagement tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountStates.AccountState> account = tokens.authenticate(header.substring(SCHEME.length()).trim());
        if (account.isEmpty()) {
            holder.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            SecurityConfiguration.writeProblem(response, HttpStatus.UNAUTHORIZED,
                    "The API token is unknown, revoked or expired, or its account is disabled.");
            return;
        }
        GatewayPrincipal principal = new GatewayPrincipal(account.get().toCurrentUser(), null, true, Instant.now(clock));
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(principal));
        holder.setContext(context);
        chain.doFilter(request, response);
    }
}

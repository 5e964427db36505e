package org.integrationgateway.identity;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it is older than the absolute timeout, even if it was used a moment ago (the idle
 * timeout alone would let a busy session live for ever). Its age counts from the later of the session's creation
 * and the sign-in in it, so a sign-in page left open does not shorten the session that follows. The session is
 * invalidated and the request answered like any ended session: 401 on the API, the sign-in page in the UI.
 * Token-authenticated requests have no session life and are not affected.
 */
class SessionAgeFilter extends OncePerRequestFilter {

    private final Duration absoluteTimeout;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionAgeFilter(SessionSettings settings, Clock clock) {
        this.absoluteTimeout = settings.absoluteTimeout();
        this.clock = clock;
    }

    @SuppressFBWarnings(value = "UNVALIDATED_REDIRECT",
            justification = "The redirect goes to the sign-in page of this application: context path plus a "
                    + "constant.")
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = holder.getContext().getAuthentication();
        if (session == null || authentication instanceof ApiTokenAuthentication
                || authentication == null || !(authentication.getPrincipal() instanceof GatewayPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        Instant signedIn = principal.authenticatedAt().isAfter(created) ? principal.authenticatedAt() : created;
        if (!clock.instant().isAfter(signedIn.plus(absoluteTimeout))) {
            chain.doFilter(request, response);
            return;
        }
        holder.clearContext();
        session.invalidate();
        if (SecurityConfiguration.isApi(request)) {
            response.setHeader("WWW-Authenticate", "Bearer");
            SecurityConfiguration.writeProblem(response, HttpStatus.UNAUTHORIZED,
                    "Your session has reached its maximum length. Sign in again.");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }
}

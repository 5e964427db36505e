package org.integrationgateway.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt for a login name that {@link SignInThrottle} currently blocks, before the password is
 * checked: 429 with {@code Retry-After} (seconds), and the sign-in page says how long to wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    /** Request attribute carrying the seconds to wait to the page rendered at {@link #THROTTLED_PATH}. */
    static final String RETRY_AFTER_ATTRIBUTE = SignInThrottleFilter.class.getName() + ".retryAfter";
    static final String THROTTLED_PATH = "/login/throttled";

    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signIn.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> block = throttle.remainingBlock(request.getParameter("username"));
        if (block.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = SignInThrottlePolicy.retryAfterSeconds(block.get());
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
        request.getRequestDispatcher(THROTTLED_PATH).forward(request, response);
    }
}

package org.integrationgateway.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is well-formed (1 to 64 letters, digits,
 * {@code . _ : -}), otherwise a new UUID. The id is in the logging context as {@code http.request.id} (the Elastic
 * Common Schema field, so every JSON log line written while the request runs carries it), in the response header
 * {@code X-Request-Id}, and in the API's problem details as {@code requestId}. It runs before security, so refused
 * and failed requests have one too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    /** The header read from the request and written to the response. */
    public static final String HEADER = "X-Request-Id";
    /** The key of the id in the logging context (MDC), an ECS field name. */
    public static final String MDC_KEY = "http.request.id";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The caller's id if well-formed, otherwise a new one. */
    static String requestId(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}

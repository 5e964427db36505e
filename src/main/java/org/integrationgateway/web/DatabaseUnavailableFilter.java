package org.integrationgateway.web;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} when the database is unreachable before a request gets to a controller: the
 * session lookup (sessions are in the database), the API token check and the account status check all read it in
 * filters, where the exception handlers of {@link ApiExceptionHandler} and {@link PageExceptionHandler} do not
 * apply, and an exception that leaves the filters ends in Spring Boot's error page as a 500. Registered ahead of the
 * session filter; API requests get a problem detail, pages a short HTML page. Nothing was applied (the database
 * refused the request's first statement or its commit), so the client may retry. Checked under load by
 * {@code src/test/cluster/db-restart-under-load.sh}.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    /** Ahead of Spring Session's repository filter ({@code Integer.MIN_VALUE + 50}) and Spring Security. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    static final String API_BODY = "{\"type\":\"" + ApiExceptionHandler.TYPE_BASE.resolve("database-unavailable")
            + "\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"The database is busy or unreachable"
            + " just now. The request was not applied; please try again shortly.\"}";

    static final String PAGE_BODY = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>503 Service Unavailable</title></head>
            <body><main><h1>Service Unavailable</h1>
            <p>The database is busy or unreachable just now. Nothing was changed; please try again in a few seconds.</p>
            <p><a href="/">Back to the start page</a></p></main></body></html>
            """;

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
            FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                    new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
            registration.setOrder(ORDER);
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            return registration;
        }
    }

    @SuppressFBWarnings(value = "XSS_SERVLET",
            justification = "Writes only the two constant bodies of this class, never request data.")
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable while answering a request: {}", e.getMessage());
            response.resetBuffer();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ApiExceptionHandler.RETRY_AFTER_SECONDS));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    || String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).contains("json");
            response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(api ? API_BODY : PAGE_BODY);
        }
    }

    /**
     * Whether the failure, or one of its causes, says the database could not be reached, gave no connection or lost
     * it: Spring's resource failures, or a JDBC exception of SQLState class 08 (connection exception, e.g. Hikari's
     * "Connection is closed" or PostgreSQL's I/O errors) or 57P (operator intervention: the server shutting down).
     * A rollback or commit that fails on a lost connection ({@code TransactionSystemException}) is found by its cause,
     * or by the failure it overrode: once the pool has evicted a broken connection, the rollback's own cause is the
     * pool's "Connection is closed", which carries no SQLState, while the statement that failed first says why.
     */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure
                    && databaseUnavailable(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}

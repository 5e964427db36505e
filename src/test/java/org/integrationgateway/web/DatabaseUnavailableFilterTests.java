package org.integrationgateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The database is unreachable while a filter reads it (the session, an API token): 503 with Retry-After, not the 500
 * error page that db-restart-under-load.sh saw before this filter existed.
 */
class DatabaseUnavailableFilterTests {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();

    private static FilterChain failing(RuntimeException failure) {
        return (request, response) -> {
            response.getWriter().write("partial");
            throw failure;
        };
    }

    private static CannotGetJdbcConnectionException noConnection() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
    }

    @Test
    void anApiRequestWhoseTokenCheckFindsNoDatabaseGetsAProblemWith503AndRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/projects/1/change-requests");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, failing(noConnection()));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "database-unavailable")
                .doesNotContain("partial", "Hikari", "JDBC", "Exception");
    }

    @Test
    void aPageWhoseSessionLookupFindsNoDatabaseGetsA503PageWithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects/1");
        request.addHeader(HttpHeaders.ACCEPT, "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();
        // the session filter wraps the failure of its repository in a ServletException-free runtime exception chain
        filter.doFilter(request, response, failing(new IllegalStateException("session", noConnection())));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("Service Unavailable", "Nothing was changed")
                .doesNotContain("partial", "Hikari", "Exception");
    }

    @Test
    void otherFailuresAreLeftToTheErrorHandling() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/projects");
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(),
                failing(new IllegalStateException("a bug")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (rq, rs) -> {
            throw new ServletException("another bug");
        })).isInstanceOf(ServletException.class);
    }

    @Test
    void anAnswerAlreadyOnItsWayIsNotRewritten() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/stream");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(request, response, (rq, rs) -> {
            rs.flushBuffer();
            throw noConnection();
        })).isInstanceOf(CannotGetJdbcConnectionException.class);
    }

    @Test
    void runsBeforeTheSessionIsReadFromTheDatabase() {
        assertThat(DatabaseUnavailableFilter.ORDER).isLessThan(SessionRepositoryFilter.DEFAULT_ORDER);
        assertThat(new DatabaseUnavailableFilter.Registration().databaseUnavailableFilter().getOrder())
                .isEqualTo(DatabaseUnavailableFilter.ORDER);
    }
}

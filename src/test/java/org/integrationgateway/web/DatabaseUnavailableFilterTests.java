package org.integrationgateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database is unreachable while a filter reads it (the session, an API token): 503 with Retry-After, not the 500
 * error page an exception leaving the filters would get.
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

    /** What db-restart-under-load.sh met at `pg_ctlcluster 15 main stop -m fast`: the rollback on a killed connection. */
    private static TransactionSystemException rollbackOnALostConnection(String sqlState) {
        return new TransactionSystemException("JDBC rollback failed",
                new SQLException("An I/O error occurred while sending to the backend.", sqlState));
    }

    @Test
    void aRollbackThatFailedOnALostConnectionIsTheDatabaseBeingAwayForPagesAndTheApi() throws Exception {
        for (String sqlState : new String[] {"08006", "08003", "57P01"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects/1");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, (rq, rs) -> {
                throw new ServletException("Request processing failed", rollbackOnALostConnection(sqlState));
            });
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        }
        ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler().unexpected(rollbackOnALostConnection("57P01"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getType().toString()).endsWith("database-unavailable");
    }

    @Test
    void aRollbackOnAConnectionThePoolHadAlreadyClosedIsJudgedByTheFailureItOverrode() throws Exception {
        // what db-restart-under-load.sh met: the statement failed on the lost connection, the pool evicted it, and
        // the rollback then failed with the pool's "Connection is closed", which has no SQLState
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "An I/O error occurred while sending to the backend.", new SQLException("I/O error", "08006")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects/1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (rq, rs) -> {
            throw new ServletException("Request processing failed", rollback);
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(new ApiExceptionHandler().unexpected(rollback).getStatusCode().value()).isEqualTo(503);

        TransactionSystemException afterABug = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        afterABug.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseUnavailableFilter.databaseUnavailable(afterABug)).isFalse();
    }

    @Test
    void otherFailuresAreStillServerErrors() {
        assertThat(DatabaseUnavailableFilter.databaseUnavailable(new TransactionSystemException("x",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(new ApiExceptionHandler().unexpected(new IllegalStateException("a bug")).getStatusCode().value())
                .isEqualTo(500);
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

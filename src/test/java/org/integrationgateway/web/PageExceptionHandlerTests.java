package org.integrationgateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

class PageExceptionHandlerTests {

    private final PageExceptionHandler handler = new PageExceptionHandler();

    @Test
    void aConstraintRefusedByTheDatabaseIsAConflictPageNotAServerError() {
        ModelAndView view = handler.constraintViolated(new DataIntegrityViolationException("duplicate key project_code_uk"));
        assertThat(view.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(view.getViewName()).isEqualTo("error/problem");
        assertThat((String) view.getModel().get("message")).contains("Nothing was saved").doesNotContain("project_code_uk");
    }

    @Test
    void mapsEachDomainFailureToItsStatus() {
        assertThat(handler.notFound(new NotFoundException("Project", 7)).getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(handler.conflict(ConflictException.staleVersion("Project")).getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(handler.conflict(new OptimisticLockingFailureException("stale")).getModel().get("message"))
                .asString().contains("changed by someone else");
        assertThat(handler.badRequest(new InvalidRequestException("page", "page must be 0 or greater.")).getStatus())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aDatabaseOutOfConnectionsIsAServiceUnavailablePageWithRetryAfterNotAServerError() {
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        ModelAndView view = handler.databaseUnavailable(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction: HikariPool-1 - Connection is not available"), response);
        assertThat(view.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat((String) view.getModel().get("message")).contains("Nothing was changed").doesNotContain("Hikari");
    }

    @Test
    void theApiAnswersAnUnreachableDatabaseWith503AndRetryAfter() {
        var response = new ApiExceptionHandler().databaseUnavailable(
                new org.springframework.jdbc.CannotGetJdbcConnectionException("Connection refused: localhost:5432"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getBody().getType().toString()).endsWith("/database-unavailable");
        assertThat(response.getBody().getDetail()).contains("not applied").doesNotContain("5432");
    }
}

package org.integrationgateway.web;

import jakarta.servlet.http.HttpServletResponse;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for the server-rendered UI. Forms show rule violations inline themselves; what reaches this
 * handler is a missing record, a stale edit or a malformed address.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex) {
        return page(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(NotPermittedException.class)
    ModelAndView notPermitted(NotPermittedException ex) {
        return page(HttpStatus.FORBIDDEN, ex.getMessage());
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(RuntimeException ex) {
        String message = ex instanceof ConflictException ? ex.getMessage()
                : ConflictException.staleVersion("This record").getMessage();
        return page(HttpStatus.CONFLICT, message);
    }

    /** A write that a database constraint refused, e.g. two people creating the same code at the same moment. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView constraintViolated(DataIntegrityViolationException ex) {
        return page(HttpStatus.CONFLICT,
                "The change clashes with existing data (for example a duplicate code or a record still in use). Nothing was saved.");
    }

    /** A business rule refused a request that the page did not catch itself: the rule's message, and nothing changed. */
    @ExceptionHandler(RuleViolationException.class)
    ModelAndView ruleViolated(RuleViolationException ex) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage() + " Nothing was changed.");
    }

    @ExceptionHandler({InvalidRequestException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest(RuntimeException ex) {
        String message = ex instanceof InvalidRequestException ? ex.getMessage() : "The address contains an invalid value.";
        return page(HttpStatus.BAD_REQUEST, message);
    }

    /** The database is unreachable or out of connections: 503 with {@code Retry-After}; nothing was changed. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class})
    ModelAndView databaseUnavailable(Exception ex, HttpServletResponse response) {
        log.warn("Database unavailable while answering a page request: {}", ex.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ApiExceptionHandler.RETRY_AFTER_SECONDS));
        return page(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is busy or unreachable just now. Nothing was changed; please try again in a few seconds.");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("error/problem");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("errorTitle", status.getReasonPhrase());
        view.addObject("message", message);
        return view;
    }
}

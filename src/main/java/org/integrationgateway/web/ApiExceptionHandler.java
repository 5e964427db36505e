package org.integrationgateway.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error of the JSON API as an RFC 9457 problem detail. Domain exceptions map to
 * 404 (not found), 409 (conflict, stale version), 422 (business rule) and 400 (malformed input);
 * validation failures list field errors under {@code errors}, as do unreadable bodies whose fault lies in one
 * field (a wrong type, or a value outside an enum, which names the values allowed). A database that is unreachable or
 * out of connections answers 503 with {@code Retry-After}. Unexpected failures answer 500 with a
 * generic message and are logged; no stack trace ever reaches the client.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final URI TYPE_BASE = URI.create("https://integrationgateway.org/problems/");
    /** What a client is told to wait when the database is unavailable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ex);
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException ex) {
        return problem(HttpStatus.FORBIDDEN, ex);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, ex);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException ex) {
        return problem(HttpStatus.CONFLICT, ConflictException.staleVersion("This record"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException ex) {
        log.info("Refused a write that violates a database constraint: {}", ex.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, new ConflictException("constraint-violation",
                "The change clashes with existing data (for example a duplicate name or a record still in use)."));
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ex);
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(fieldError(ex.field(), ex.getMessage())));
        }
        ex.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ex);
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(fieldError(ex.field(), ex.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        String message = "'" + ex.getName() + "' has an invalid value.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(TYPE_BASE.resolve("invalid-request"));
        problem.setProperty("errors", List.of(fieldError(ex.getName(), message)));
        return problem;
    }

    /**
     * Access decisions of {@code @PreAuthorize} belong to Spring Security, which answers 403, 404 for customer
     * contacts, or 401: rethrown unchanged, they reach its filter instead of the catch-all below.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void accessDecision(RuntimeException ex) {
        throw ex;
    }

    /**
     * The database is unreachable or every connection is busy (the pool timed out): 503 with {@code Retry-After}, since
     * nothing was applied and the same request may well succeed in a moment.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
        log.warn("Database unavailable while answering an API request: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is busy or unreachable just now. The request was not applied; please try again shortly.");
        problem.setType(TYPE_BASE.resolve("database-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
    }

    /**
     * Anything else is a 500, unless it comes from a lost database connection (e.g. a rollback that failed because
     * PostgreSQL was shut down mid-transaction): that is the outage of {@link #databaseUnavailable}, a 503.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (DatabaseUnavailableFilter.databaseUnavailable(ex)) {
            return databaseUnavailable(ex);
        }
        log.error("Unexpected failure while answering an API request", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. The request was not applied; please try again.");
        problem.setType(TYPE_BASE.resolve("internal-error"));
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid.");
        problem.setType(TYPE_BASE.resolve("validation"));
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), messageOf(error))).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some parameters are invalid.");
        problem.setType(TYPE_BASE.resolve("validation"));
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this operation (malformed, or a value has the wrong type).");
        problem.setType(TYPE_BASE.resolve("malformed-body"));
        if (ex.getMostSpecificCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            String field = fieldPath(bad.getPath());
            problem.setProperty("errors", List.of(fieldError(field, bad instanceof InvalidFormatException invalid
                    && invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", ")) + "."
                    : "has the wrong type")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** A JSON path as the validation errors name fields: {@code decisions[0].outcome}. */
    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String messageOf(FieldError error) {
        if (error.isBindingFailure()) {
            return "has the wrong type";
        }
        return error.getDefaultMessage();
    }

    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static ProblemDetail problem(HttpStatus status, DomainException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setType(TYPE_BASE.resolve(ex.code()));
        problem.setProperty("code", ex.code());
        return problem;
    }
}

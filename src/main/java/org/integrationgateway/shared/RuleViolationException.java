package org.integrationgateway.shared;

import java.util.Map;

/**
 * A well-formed request that a business rule forbids, e.g. an allocation over 100 %.
 * {@code field} names the input the rule is about (for inline form errors), or is null;
 * {@code details} carries facts the user needs to fix the request (e.g. the current load).
 */
public class RuleViolationException extends DomainException {

    private final String field;
    private final Map<String, Object> details;

    public RuleViolationException(String code, String field, String message, Map<String, Object> details) {
        super(code, message);
        this.field = field;
        this.details = Map.copyOf(details);
    }

    public RuleViolationException(String code, String field, String message) {
        this(code, field, message, Map.of());
    }

    @Override
    public String field() {
        return field;
    }

    public Map<String, Object> details() {
        return details;
    }
}

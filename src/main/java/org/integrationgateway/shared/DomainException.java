package org.integrationgateway.shared;

/**
 * A request the domain refuses. Subtypes say why, and the web layer maps each to one HTTP status:
 * {@link NotFoundException} 404, {@link ConflictException} 409, {@link RuleViolationException} 422.
 * The message is shown to the user, so it must be a plain sentence without internals.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The input field the refusal is about, for an inline form error or an API field error; null if none. */
    public String field() {
        return null;
    }

    /** A stable, machine-readable reason such as {@code allocation-exceeded}. */
    public String code() {
        return code;
    }
}

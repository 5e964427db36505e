package org.integrationgateway.shared;

/** The request clashes with the current state: a stale version, a duplicate name, a decision already taken. */
public class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String code, String message) {
        this(code, null, message);
    }

    /** A conflict about one input, e.g. a name that is already taken. */
    public ConflictException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    public static ConflictException staleVersion(String entity) {
        return new ConflictException("stale-version",
                entity + " was changed by someone else in the meantime. Reload it and apply your change again.");
    }
}

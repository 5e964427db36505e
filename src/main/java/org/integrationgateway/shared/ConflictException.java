package org.integrationgateway.shared;

/** The request clashes with the current state: a stale version, a duplicate name, a decision already taken. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }

    public static ConflictException staleVersion(String entity) {
        return new ConflictException("stale-version",
                entity + " was changed by someone else in the meantime. Reload it and apply your change again.");
    }
}

package org.integrationgateway.shared;

/** A request parameter is malformed or out of range (answered with 400); {@code field} names it. */
public class InvalidRequestException extends DomainException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super("invalid-request", message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}

package org.integrationgateway.shared;

/**
 * The signed-in person may see the thing but may not do this to it, e.g. vote without being on the board. Answers
 * 403; checks that decide visibility answer {@link NotFoundException} instead.
 */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String code, String message) {
        super(code, message);
    }
}

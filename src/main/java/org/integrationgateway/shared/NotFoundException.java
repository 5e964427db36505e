package org.integrationgateway.shared;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String entity, Object id) {
        super("not-found", entity + " " + id + " was not found.");
    }
}

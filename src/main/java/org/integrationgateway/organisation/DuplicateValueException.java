package org.integrationgateway.organisation;

import org.integrationgateway.shared.ConflictException;

/** A value that must be unique (a name, an e-mail) is already taken; {@code field} names the input. */
public class DuplicateValueException extends ConflictException {

    DuplicateValueException(String code, String field, String message) {
        super(code, field, message);
    }
}

package com.greencert.shared.domain;

/** The input itself is malformed (a bad code, a missing field): the caller must correct it. */
public final class InvalidInputException extends DomainException {
    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

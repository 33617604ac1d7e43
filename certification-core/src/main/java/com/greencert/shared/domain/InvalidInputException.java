package com.greencert.shared.domain;

/**
 * The input itself is malformed (a bad code, a missing field): the caller must correct it. A feature may
 * refine it (an uploaded file that is too large, of a refused type) without changing how it is told.
 */
public non-sealed class InvalidInputException extends DomainException {
    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

package com.greencert.shared.domain;

/** The caller is known but their role or tenant type does not allow this action. */
public final class AccessDeniedException extends DomainException {
    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

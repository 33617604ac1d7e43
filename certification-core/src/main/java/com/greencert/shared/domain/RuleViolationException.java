package com.greencert.shared.domain;

/** The input is well-formed but the current state of things forbids the change. */
public final class RuleViolationException extends DomainException {
    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

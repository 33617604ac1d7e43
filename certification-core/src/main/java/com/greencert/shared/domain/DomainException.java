package com.greencert.shared.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A business rule said no. The {@link #messageKey()} names a text in the resource bundles
 * (English and Simplified Chinese), the {@link #arguments()} fill its placeholders, so the API
 * and the UI tell the same reason in the caller's language.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, RuleViolationException, AccessDeniedException,
        RowsRejectedException, TooManyRequestsException, ServiceUnavailableException {

    private final String messageKey;
    private final List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.asList(arguments)));
        this.messageKey = messageKey;
        // an argument may be null (the caller sent null where a value belongs): say so, do not fail here
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}

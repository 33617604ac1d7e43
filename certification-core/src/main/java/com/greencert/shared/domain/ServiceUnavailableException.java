package com.greencert.shared.domain;

/**
 * A service the request needs is not answering now (the search cluster, say): nothing was lost, asking again
 * later may succeed ({@link #retryAfterSeconds()}). The first argument of the message says which and why, for the
 * log; what the caller is shown is the message key's text.
 */
public final class ServiceUnavailableException extends DomainException {

    private final long retryAfterSeconds;

    public ServiceUnavailableException(long retryAfterSeconds, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

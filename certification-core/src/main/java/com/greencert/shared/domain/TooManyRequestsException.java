package com.greencert.shared.domain;

/**
 * The caller asked for more than it may have now: a tenant's write quota or a client's request rate. Says
 * when asking again may succeed ({@link #retryAfterSeconds()}, at least 1).
 */
public final class TooManyRequestsException extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

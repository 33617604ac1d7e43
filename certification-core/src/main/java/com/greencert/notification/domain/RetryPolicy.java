package com.greencert.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a failed notification again: after {@code firstDelay}, then twice as long each time, never
 * longer than {@code maxDelay}; after {@code maxAttempts} attempts in all it is given up.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
        }
    }

    /** The wait after the given (1-based) failed attempt. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** When to try again after the given failed attempt, or empty if that was the last one allowed. */
    public Optional<Instant> nextAttempt(int failedAttempt, Instant now) {
        return failedAttempt >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failedAttempt)));
    }
}

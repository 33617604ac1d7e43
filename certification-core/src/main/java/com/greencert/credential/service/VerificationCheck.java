package com.greencert.credential.service;

import java.time.Instant;
import java.util.Optional;

/**
 * One check of a verification, with its own result: {@code code} is stable (e.g. {@code signature},
 * {@code validity}, {@code revocation}, {@code suspension}, {@code accreditation}, {@code registry});
 * {@code reason} is stable too when it failed (see {@link VerificationReport} for the list), and
 * {@code message} says it in the reader's language; {@code since} is the date of a status change.
 */
public record VerificationCheck(String code, Outcome outcome, Optional<String> reason, String message,
        Optional<Instant> since) {

    public enum Outcome {
        PASSED,
        FAILED,
        /** Not run because an earlier check failed (e.g. no status is read from a credential whose signature failed). */
        NOT_CHECKED
    }
}

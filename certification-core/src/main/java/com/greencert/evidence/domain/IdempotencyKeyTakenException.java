package com.greencert.evidence.domain;

/**
 * The database refused a second claim, or a second record, under one idempotency key: another upload
 * holds it or stored under it, possibly at the same moment on another node. Not a refusal of the caller:
 * the upload service answers it with the other upload's outcome.
 */
public class IdempotencyKeyTakenException extends RuntimeException {
    public IdempotencyKeyTakenException(String idempotencyKey) {
        super("Idempotency key already claimed: " + idempotencyKey);
    }
}

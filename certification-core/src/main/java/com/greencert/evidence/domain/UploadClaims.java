package com.greencert.evidence.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The current tenant's idempotency-key claims of uploads ({@link UploadClaim}). Each change names the
 * holder, so an upload whose claim was taken over changes nothing.
 */
public interface UploadClaims {

    Optional<UploadClaim> find(String idempotencyKey);

    /** Stores a new claim; {@link IdempotencyKeyTakenException} if the key is claimed already (by anyone, anywhere). */
    void add(UploadClaim claim);

    /** Gives an abandoned claim (not stored, untouched since {@code idleBefore}) to a new holder; false if it is not abandoned. */
    boolean takeOver(String idempotencyKey, String holder, String claimedBy, Instant now, Instant idleBefore);

    /** The holder's sign of life. */
    void touch(String idempotencyKey, String holder, Instant now);

    /** The holder stored the evidence: the key now answers with it. */
    void complete(String idempotencyKey, String holder, EvidenceId evidence);

    /** The holder's upload failed or was refused: the key is free again. */
    void release(String idempotencyKey, String holder);
}

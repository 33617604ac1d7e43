package com.greencert.credential.service;

import java.time.Instant;
import java.util.Optional;

/**
 * One of a body's signing keys, public facts only: its DID URL ({@code kid}), algorithm, when it was created
 * and retired (a newer key took over), whether and why it was marked compromised, whether it signs new
 * credentials now, and how many credentials it signed.
 */
public record SigningKeyView(String keyId, String algorithm, Instant createdAt, Optional<Instant> retiredAt,
        Optional<Instant> compromisedAt, Optional<String> compromiseReason, boolean current, long credentialsSigned) {
}

package com.greencert.credential.service;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "is this credential good?": {@code valid} only when every check passed; {@code reason} the
 * first failing check's reason. Reasons (stable, for machines): {@code malformed}, {@code too-large},
 * {@code too-deep}, {@code wrong-type}, {@code algorithm-not-allowed}, {@code unknown-context},
 * {@code unknown-issuer}, {@code unknown-key}, {@code bad-signature}, {@code key-compromised},
 * {@code key-not-valid-at-issuance}, {@code not-accredited}, {@code expired}, {@code not-yet-valid},
 * {@code revoked}, {@code suspended}, {@code superseded}, {@code registry-mismatch}. {@code credential} and
 * {@code supplier} are filled as far as the credential could be read from a trusted signature; nothing in a
 * report goes beyond the public supplier page.
 */
public record VerificationReport(boolean valid, Optional<String> reason, String summary,
        List<VerificationCheck> checks, Optional<CredentialSummary> credential, Optional<TenantId> supplier) {
}

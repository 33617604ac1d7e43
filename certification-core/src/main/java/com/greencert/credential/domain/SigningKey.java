package com.greencert.credential.domain;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a certification body's signing keys: its DID URL ({@code kid}), algorithm, public key (a JWK, as
 * published in the body's DID document) and private key sealed under the key-encryption key ({@link KeySealer});
 * the private key never leaves this row in clear text except into a signer. A key signs from its creation
 * until it is retired (a newer one took over); it keeps verifying what it signed before. A key marked
 * compromised verifies nothing any more.
 */
@Entity
@Table(name = "credential_signing_key")
public class SigningKey {

    @Id
    @Column(name = "key_id", length = 300)
    private String keyId;

    @Column(name = "body_tenant_id", nullable = false, length = 64)
    private String bodyTenantId;

    @Column(name = "algorithm", nullable = false, length = 10)
    private String algorithm;

    @Lob
    @Column(name = "public_jwk", nullable = false)
    private String publicJwk;

    @Lob
    @Column(name = "sealed_private_key", nullable = false)
    private String sealedPrivateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "compromised_at")
    private Instant compromisedAt;

    @Column(name = "compromise_reason", length = 2000)
    private String compromiseReason;

    @Version
    private long version;

    protected SigningKey() {
        // for JPA
    }

    public SigningKey(String keyId, TenantId body, String algorithm, String publicJwk, String sealedPrivateKey,
            Instant createdAt) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.bodyTenantId = Objects.requireNonNull(body, "body").value();
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.publicJwk = Objects.requireNonNull(publicJwk, "publicJwk");
        this.sealedPrivateKey = Objects.requireNonNull(sealedPrivateKey, "sealedPrivateKey");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A newer key takes over; this one verifies what it signed before {@code at}. */
    public void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    public void markCompromised(String reason, Instant at) {
        String why = Text.required("reason", reason, 2000);
        if (compromisedAt == null) {
            compromisedAt = at;
            compromiseReason = why;
        }
        retire(at);
    }

    /**
     * Whether the key was in service (created, not yet retired) at {@code at}, to the second: a credential's
     * {@code iat} is whole seconds, and the key may have been made a moment earlier in the same second.
     */
    public boolean inServiceAt(Instant at) {
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        return !second.isBefore(createdAt.truncatedTo(ChronoUnit.SECONDS)) && (retiredAt == null || second.isBefore(retiredAt));
    }

    public boolean current() {
        return retiredAt == null && compromisedAt == null;
    }

    public String keyId() { return keyId; }
    public TenantId body() { return TenantId.of(bodyTenantId); }
    public String algorithm() { return algorithm; }
    public String publicJwk() { return publicJwk; }
    /** Sealed: opens only with the key-encryption key (for the signer, never for an answer or a log). */
    public String sealedPrivateKey() { return sealedPrivateKey; }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> retiredAt() { return Optional.ofNullable(retiredAt); }
    public Optional<Instant> compromisedAt() { return Optional.ofNullable(compromisedAt); }
    public Optional<String> compromiseReason() { return Optional.ofNullable(compromiseReason); }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + ", " + algorithm + "]";
    }
}

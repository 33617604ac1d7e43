package com.greencert.credential.domain;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential a body issued: the signed credential (compact JWS) and its public facts, its place in the
 * body's status lists, and its life since — suspended (until restored), revoked, superseded by a newer one
 * (renewal, scope change). Credentials are public documents: the holder shows them to anyone.
 */
@Entity
@Table(name = "issued_credential")
public class IssuedCredential {

    /** The public facts written into a credential when it is issued. */
    public record Facts(ApplicationId application, TenantId supplier, TenantId body, String certificateNumber,
            String schemeCode, String schemeVersion, String schemeNameEn, String schemeNameZh, String holderNameEn,
            String holderNameZh, String holderUscc, String holderCountry, String issuerNameEn, String issuerNameZh,
            String issuerDid, LocalDate validFrom, LocalDate validUntil, String scopeKey) {
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "application_id", nullable = false, length = 36)
    private String applicationId;

    @Column(name = "supplier_tenant_id", nullable = false, length = 64)
    private String supplierTenantId;

    @Column(name = "body_tenant_id", nullable = false, length = 64)
    private String bodyTenantId;

    @Column(name = "certificate_number", nullable = false, length = 80)
    private String certificateNumber;

    @Column(name = "scheme_code", nullable = false, length = 40)
    private String schemeCode;

    @Column(name = "scheme_version", nullable = false, length = 10)
    private String schemeVersion;

    @Column(name = "scheme_name_en", nullable = false, length = 200)
    private String schemeNameEn;

    @Column(name = "scheme_name_zh", length = 200)
    private String schemeNameZh;

    @Column(name = "holder_name_en", nullable = false, length = 200)
    private String holderNameEn;

    @Column(name = "holder_name_zh", length = 200)
    private String holderNameZh;

    @Column(name = "holder_uscc", length = 18)
    private String holderUscc;

    @Column(name = "holder_country", length = 2)
    private String holderCountry;

    @Column(name = "issuer_name_en", nullable = false, length = 200)
    private String issuerNameEn;

    @Column(name = "issuer_name_zh", length = 200)
    private String issuerNameZh;

    @Column(name = "issuer_did", nullable = false, length = 300)
    private String issuerDid;

    @Column(name = "key_id", nullable = false, length = 300)
    private String keyId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "status_index", nullable = false)
    private int statusIndex;

    /** SHA-256 (hex) of what a later decision may change (scope, validity): a different key means a new credential. */
    @Column(name = "scope_key", nullable = false, length = 64)
    private String scopeKey;

    @Lob
    @Column(name = "jws", nullable = false)
    private String jws;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "superseded_by", length = 36)
    private String supersededBy;

    @Version
    private long version;

    protected IssuedCredential() {
        // for JPA
    }

    public IssuedCredential(CredentialId id, Facts facts, String keyId, int statusIndex, Instant issuedAt, String jws) {
        this.id = id.toString();
        this.applicationId = facts.application().toString();
        this.supplierTenantId = facts.supplier().value();
        this.bodyTenantId = facts.body().value();
        this.certificateNumber = facts.certificateNumber();
        this.schemeCode = facts.schemeCode();
        this.schemeVersion = facts.schemeVersion();
        this.schemeNameEn = facts.schemeNameEn();
        this.schemeNameZh = facts.schemeNameZh();
        this.holderNameEn = facts.holderNameEn();
        this.holderNameZh = facts.holderNameZh();
        this.holderUscc = facts.holderUscc();
        this.holderCountry = facts.holderCountry();
        this.issuerNameEn = facts.issuerNameEn();
        this.issuerNameZh = facts.issuerNameZh();
        this.issuerDid = facts.issuerDid();
        this.validFrom = facts.validFrom();
        this.validUntil = facts.validUntil();
        this.scopeKey = facts.scopeKey();
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.statusIndex = statusIndex;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.jws = Objects.requireNonNull(jws, "jws");
    }

    /** Suspended from {@code at} until restored; false when it already was (or is revoked). */
    public boolean suspend(Instant at) {
        if (suspendedAt != null || revokedAt != null) {
            return false;
        }
        suspendedAt = at;
        return true;
    }

    public boolean restore() {
        if (suspendedAt == null) {
            return false;
        }
        suspendedAt = null;
        return true;
    }

    /** Revoked for good (a withdrawn certification, or a superseded credential). */
    public boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }

    /** A newer credential replaces this one: superseded (and revoked) from {@code at}. */
    public boolean supersede(CredentialId by, Instant at) {
        if (supersededAt != null) {
            return false;
        }
        supersededAt = at;
        supersededBy = by.toString();
        revoke(at);
        return true;
    }

    /** The live state on {@code today}: superseded, revoked, suspended, then the validity dates. */
    public State stateOn(LocalDate today) {
        return stateOn(today, validFrom, validUntil, suspendedAt, revokedAt, supersededAt);
    }

    /** The same rule on the bare facts (for reads that leave the signed document in the database). */
    static State stateOn(LocalDate today, LocalDate validFrom, LocalDate validUntil, Instant suspendedAt,
            Instant revokedAt, Instant supersededAt) {
        if (supersededAt != null) {
            return new State(Life.SUPERSEDED, Optional.of(supersededAt));
        }
        if (revokedAt != null) {
            return new State(Life.REVOKED, Optional.of(revokedAt));
        }
        if (suspendedAt != null) {
            return new State(Life.SUSPENDED, Optional.of(suspendedAt));
        }
        if (today.isAfter(validUntil)) {
            return new State(Life.EXPIRED, Optional.empty());
        }
        if (today.isBefore(validFrom)) {
            return new State(Life.NOT_YET_VALID, Optional.empty());
        }
        return new State(Life.VALID, Optional.empty());
    }

    /** What a credential's life has come to, and since when (for suspension, revocation, supersession). */
    public record State(Life life, Optional<Instant> since) {
    }

    public enum Life { VALID, SUSPENDED, REVOKED, SUPERSEDED, EXPIRED, NOT_YET_VALID }

    public CredentialId id() { return CredentialId.parse(id); }
    public ApplicationId application() { return ApplicationId.parse(applicationId); }
    public TenantId supplier() { return TenantId.of(supplierTenantId); }
    public TenantId body() { return TenantId.of(bodyTenantId); }
    public String certificateNumber() { return certificateNumber; }
    public String schemeCode() { return schemeCode; }
    public String schemeVersion() { return schemeVersion; }
    public String schemeNameEn() { return schemeNameEn; }
    public Optional<String> schemeNameZh() { return Optional.ofNullable(schemeNameZh); }
    public String holderNameEn() { return holderNameEn; }
    public Optional<String> holderNameZh() { return Optional.ofNullable(holderNameZh); }
    public Optional<String> holderUscc() { return Optional.ofNullable(holderUscc); }
    public Optional<String> holderCountry() { return Optional.ofNullable(holderCountry); }
    public String issuerNameEn() { return issuerNameEn; }
    public Optional<String> issuerNameZh() { return Optional.ofNullable(issuerNameZh); }
    public String issuerDid() { return issuerDid; }
    public String keyId() { return keyId; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public Instant issuedAt() { return issuedAt; }
    public int statusIndex() { return statusIndex; }
    public String scopeKey() { return scopeKey; }
    public String jws() { return jws; }
    public Optional<Instant> suspendedAt() { return Optional.ofNullable(suspendedAt); }
    public Optional<Instant> revokedAt() { return Optional.ofNullable(revokedAt); }
    public Optional<Instant> supersededAt() { return Optional.ofNullable(supersededAt); }
    public Optional<CredentialId> supersededBy() { return Optional.ofNullable(supersededBy).map(CredentialId::parse); }
}

package com.greencert.evidence.domain;

import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A supplier's consent that another tenant (a buyer or a certification body) may read one piece of
 * evidence, with who granted it when and, once revoked, who revoked it when. Not tenant-owned: both the
 * owner and the grantee must find it, so every query names the tenant explicitly.
 */
@Entity
@Table(name = "evidence_grant")
public class EvidenceGrant {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "evidence_id", nullable = false, length = 36)
    private String evidenceId;

    @Column(name = "owner_tenant_id", nullable = false, length = 64)
    private String ownerTenantId;

    @Column(name = "grantee_tenant_id", nullable = false, length = 64)
    private String granteeTenantId;

    @Column(name = "granted_by", nullable = false, length = 200)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by", length = 200)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected EvidenceGrant() {
        // for JPA
    }

    public EvidenceGrant(EvidenceId evidence, TenantId owner, TenantId grantee, String grantedBy, Instant grantedAt) {
        if (owner.equals(grantee)) {
            throw new RuleViolationException("evidence.grant.self");
        }
        this.id = UUID.randomUUID().toString();
        this.evidenceId = evidence.toString();
        this.ownerTenantId = owner.value();
        this.granteeTenantId = grantee.value();
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
    }

    public void revoke(String by, Instant at) {
        if (revokedAt != null) {
            throw new RuleViolationException("evidence.grant.revoked.already");
        }
        this.revokedBy = Objects.requireNonNull(by, "by");
        this.revokedAt = Objects.requireNonNull(at, "at");
    }

    public boolean active() {
        return revokedAt == null;
    }

    public EvidenceId evidenceId() {
        return EvidenceId.parse(evidenceId);
    }

    public TenantId owner() {
        return TenantId.of(ownerTenantId);
    }

    public TenantId grantee() {
        return TenantId.of(granteeTenantId);
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Optional<String> revokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}

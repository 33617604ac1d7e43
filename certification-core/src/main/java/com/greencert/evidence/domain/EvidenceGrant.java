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
 * evidence, with who granted it when and, once revoked, who revoked it when. Owner and grantee both read it
 * (the party criterion of eclipselink-orm.xml). A grant is either direct (the owner shared the piece and may
 * revoke it) or serves an application for certification ({@link #application()}): it starts when the
 * application is submitted, ends when the piece is detached, the application cancelled or refused, and is
 * kept as the body's record (ISO/IEC 17065 7.12) once the body relied on the piece; a kept grant is never
 * revoked.
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

    /** The application this grant serves (an opaque reference owned by certification), or null when direct. */
    @Column(name = "application_id", length = 36)
    private String application;

    @Column(name = "kept_as_record", nullable = false)
    private boolean keptAsRecord;

    @Version
    private long version;

    protected EvidenceGrant() {
        // for JPA
    }

    public EvidenceGrant(EvidenceId evidence, TenantId owner, TenantId grantee, String grantedBy, Instant grantedAt) {
        this(evidence, owner, grantee, null, grantedBy, grantedAt);
    }

    /** A grant serving an application ({@code application} non-null) or a direct one (null). */
    public EvidenceGrant(EvidenceId evidence, TenantId owner, TenantId grantee, String application, String grantedBy,
            Instant grantedAt) {
        if (owner.equals(grantee)) {
            throw new RuleViolationException("evidence.grant.self");
        }
        this.id = UUID.randomUUID().toString();
        this.evidenceId = evidence.toString();
        this.ownerTenantId = owner.value();
        this.granteeTenantId = grantee.value();
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
        this.application = application;
    }

    /** The owner withdraws a direct grant; one serving an application ends only through the application. */
    public void revoke(String by, Instant at) {
        if (application != null) {
            throw new RuleViolationException(keptAsRecord ? "evidence.grant.record" : "evidence.grant.application");
        }
        end(by, at);
    }

    /** The application no longer needs the piece: a grant the body relied on stays as its record. */
    public void endForApplication(String by, Instant at, boolean reliedOn) {
        if (reliedOn) {
            this.keptAsRecord = true;
        } else if (!keptAsRecord) {
            end(by, at);
        }
    }

    private void end(String by, Instant at) {
        if (revokedAt != null) {
            throw new RuleViolationException("evidence.grant.revoked.already");
        }
        this.revokedBy = Objects.requireNonNull(by, "by");
        this.revokedAt = Objects.requireNonNull(at, "at");
    }

    public boolean active() {
        return revokedAt == null;
    }

    /** The application this grant serves, if it is not a direct one. */
    public Optional<String> application() {
        return Optional.ofNullable(application);
    }

    /** Whether the body keeps it as the record of what it relied on. */
    public boolean keptAsRecord() {
        return keptAsRecord;
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

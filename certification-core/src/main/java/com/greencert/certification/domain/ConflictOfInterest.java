package com.greencert.certification.domain;

import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A staff member's declaration that they must not act on a supplier's applications (a former employer,
 * a relative, consultancy given): the system then refuses them every certification-body action on it, until
 * the declaration is ended (dated and kept, so the history shows when the tie began and when it ended).
 */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The owning body: stamped and filtered by tenancy (eclipselink-orm.xml), so read-only here. */
    @Column(name = "body_tenant_id", nullable = false, length = 64, insertable = false, updatable = false)
    private String bodyTenantId;

    @Column(name = "username", nullable = false, length = 200)
    private String username;

    @Column(name = "supplier_tenant_id", nullable = false, length = 64)
    private String supplierTenantId;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    /** When it was ended (the staff member no longer has the tie); kept, never deleted, so the history stays. */
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 200)
    private String endedBy;

    @Column(name = "end_reason", length = 2000)
    private String endReason;

    protected ConflictOfInterest() {
        // for JPA
    }

    public ConflictOfInterest(TenantId body, String username, TenantId supplier, String reason, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.bodyTenantId = Objects.requireNonNull(body, "body").value();
        this.username = Text.required("username", username, 200);
        this.supplierTenantId = Objects.requireNonNull(supplier, "supplier").value();
        this.reason = Text.required("reason", reason, 2000);
        this.declaredAt = at;
    }

    /**
     * Ends the declaration: by the person who declared it or a tenant administrator (the service says who may);
     * an ended one cannot be ended again.
     */
    public void end(String by, String why, Instant at) {
        if (endedAt != null) {
            throw new RuleViolationException("conflict.already.ended", endedAt);
        }
        this.endedBy = Text.required("username", by, 200);
        this.endReason = Text.optional("reason", why, 2000);
        this.endedAt = Objects.requireNonNull(at, "at");
    }

    public boolean active() { return endedAt == null; }
    public String id() { return id; }
    public Optional<Instant> endedAt() { return Optional.ofNullable(endedAt); }
    public Optional<String> endedBy() { return Optional.ofNullable(endedBy); }
    public Optional<String> endReason() { return Optional.ofNullable(endReason); }
    public TenantId body() { return TenantId.of(bodyTenantId); }
    public String username() { return username; }
    public TenantId supplier() { return TenantId.of(supplierTenantId); }
    public String reason() { return reason; }
    public Instant declaredAt() { return declaredAt; }
}

package com.greencert.certification.domain;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff member's declaration that they must not act on a supplier's applications (a former employer,
 * a relative, consultancy given): the system then refuses them every certification-body action on it.
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

    public TenantId body() { return TenantId.of(bodyTenantId); }
    public String username() { return username; }
    public TenantId supplier() { return TenantId.of(supplierTenantId); }
    public String reason() { return reason; }
    public Instant declaredAt() { return declaredAt; }
}

package com.greencert.criteria.domain;

import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A supplier on a buyer's watch list: the buyer hears when its credentials are suspended, revoked, expire or are
 * about to, when evidence it shared expires, and when one of its products fails the SVHC list in force. Owned by the
 * buyer's tenant (tenant-owned, {@code META-INF/eclipselink-orm.xml}); one row per supplier.
 */
@Entity
@Table(name = "watched_supplier")
public class WatchedSupplier {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The watching buyer: stamped and filtered by tenancy, so read-only here. */
    @Column(name = "tenant_id", nullable = false, length = 64, insertable = false, updatable = false)
    private String buyerTenantId;

    @Column(name = "supplier_tenant_id", nullable = false, length = 64)
    private String supplierTenantId;

    @Column(name = "watched_by", nullable = false, length = 200)
    private String watchedBy;

    @Column(name = "watched_at", nullable = false)
    private Instant watchedAt;

    protected WatchedSupplier() {
        // for JPA
    }

    public WatchedSupplier(TenantId buyer, TenantId supplier, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.buyerTenantId = Objects.requireNonNull(buyer, "buyer").value();
        this.supplierTenantId = Objects.requireNonNull(supplier, "supplier").value();
        this.watchedBy = Objects.requireNonNull(by, "by");
        this.watchedAt = Objects.requireNonNull(at, "at");
    }

    public TenantId supplier() {
        return TenantId.of(supplierTenantId);
    }

    public String watchedBy() {
        return watchedBy;
    }

    public Instant watchedAt() {
        return watchedAt;
    }
}

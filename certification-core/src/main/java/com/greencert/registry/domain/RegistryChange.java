package com.greencert.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the registry's change feed: "what supplier X published may have changed". Written in the same
 * transaction as the change itself (a rolled-back change leaves no entry); every node's index follows the feed
 * by {@code seq}, an auto-increment the database assigns. Shared across tenants on purpose (eclipselink-orm.xml):
 * it names only a tenant id and a reason.
 */
@Entity
@Table(name = "registry_change")
public class RegistryChange {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "supplier_tenant_id", nullable = false, length = 64)
    private String supplierTenantId;

    @Column(name = "reason", nullable = false, length = 40)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RegistryChange() {
        // for JPA
    }

    public RegistryChange(String supplierTenantId, String reason, Instant changedAt) {
        this.id = UUID.randomUUID().toString();
        this.supplierTenantId = Objects.requireNonNull(supplierTenantId, "supplier");
        this.reason = reason.length() > 40 ? reason.substring(0, 40) : reason;
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    /** An entry as the feed holds it, with the sequence the database gave it (for tools and tests). */
    public static RegistryChange read(long seq, String supplierTenantId, String reason, Instant changedAt) {
        RegistryChange c = new RegistryChange(supplierTenantId, reason, changedAt);
        c.seq = seq;
        return c;
    }

    public long seq() {
        return seq == null ? 0 : seq;
    }

    public String supplier() {
        return supplierTenantId;
    }

    public String reason() {
        return reason;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

package com.greencert.quota.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * How much of one kind a tenant has created: in the current calendar minute ({@code windowStart}) and in
 * all. One row per tenant and kind (unique), changed only by conditional updates (never read-modify-write), so that
 * nodes racing for the last unit cannot both get it. Tenant-owned ({@code META-INF/eclipselink-orm.xml}).
 */
@Entity
@Table(name = "quota_usage")
public class QuotaUsage {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private QuotaKind kind;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "used_in_window", nullable = false)
    private long usedInWindow;

    @Column(name = "total", nullable = false)
    private long total;

    protected QuotaUsage() {
        // for JPA
    }

    public QuotaUsage(QuotaKind kind, Instant windowStart, long usedInWindow, long total) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.windowStart = windowStart;
        this.usedInWindow = usedInWindow;
        this.total = total;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public long usedInWindow() {
        return usedInWindow;
    }

    public long total() {
        return total;
    }
}

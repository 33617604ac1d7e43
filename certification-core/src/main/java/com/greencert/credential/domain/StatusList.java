package com.greencert.credential.domain;

import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One of a body's two status lists as stored: its bits, a generation that grows with every change (nodes
 * holding a decoded copy compare it) and when it last changed (the published list's {@code Last-Modified}).
 * Changed only under a row lock, in the transaction of the decision that flips a bit.
 */
@Entity
@Table(name = "credential_status_list")
public class StatusList {

    @Id
    @Column(name = "id", length = 80)
    private String id;

    @Column(name = "body_tenant_id", nullable = false, length = 64)
    private String bodyTenantId;

    @Column(name = "purpose", nullable = false, length = 12)
    private String purpose;

    @Lob
    @Column(name = "bits", nullable = false)
    private byte[] bits;

    @Column(name = "generation", nullable = false)
    private long generation;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StatusList() {
        // for JPA
    }

    public StatusList(TenantId body, StatusPurpose purpose, Instant at) {
        this.id = idOf(body, purpose);
        this.bodyTenantId = body.value();
        this.purpose = purpose.value();
        this.bits = StatusBits.empty().toBytes();
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public static String idOf(TenantId body, StatusPurpose purpose) {
        return body.value() + ":" + purpose.value();
    }

    /** Sets or clears one entry; a change makes a new generation. */
    public boolean set(int index, boolean on, Instant at) {
        StatusBits b = StatusBits.of(bits);
        if (b.get(index) == on) {
            return false;
        }
        b.set(index, on);
        bits = b.toBytes();
        generation++;
        updatedAt = at;
        return true;
    }

    public StatusBits bits() { return StatusBits.of(bits); }
    public TenantId body() { return TenantId.of(bodyTenantId); }
    public StatusPurpose purpose() { return StatusPurpose.of(purpose).orElseThrow(); }
    public long generation() { return generation; }
    public Instant updatedAt() { return updatedAt; }
}

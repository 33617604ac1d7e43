package com.greencert.evidence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An upload's hold on its {@code Idempotency-Key}, taken in the database before a byte of the file is
 * read, so that of several concurrent uploads with one key (on any node) exactly one stores the file:
 * the others find the claim and are told to wait (while it is held) or get the stored evidence (once it
 * is). The uploading request touches its claim while the bytes arrive; a claim left untouched for longer
 * than the idle time belongs to an upload that died (its node was killed) and may be taken over.
 * Tenant-owned: the tenant column is mapped in {@code META-INF/eclipselink-orm.xml}.
 */
@Entity
@Table(name = "evidence_upload_claim")
public class UploadClaim {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    /** The upload (one request) that holds the key now. */
    @Column(name = "holder", nullable = false, length = 36)
    private String holder;

    @Column(name = "claimed_by", nullable = false, length = 200)
    private String claimedBy;

    /** The last sign of life of the holding upload. */
    @Column(name = "touched_at", nullable = false)
    private Instant touchedAt;

    /** The evidence stored under the key, once it is. */
    @Column(name = "evidence_id", length = 36)
    private String evidenceId;

    protected UploadClaim() {
        // for JPA
    }

    public UploadClaim(String idempotencyKey, String holder, String claimedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotency key");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.claimedBy = Objects.requireNonNull(claimedBy, "claimed by");
        this.touchedAt = Objects.requireNonNull(now, "now");
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String holder() {
        return holder;
    }

    public Optional<EvidenceId> evidence() {
        return Optional.ofNullable(evidenceId).map(EvidenceId::parse);
    }

    /** Still being uploaded, but with no sign of life for {@code idle}: its upload died. */
    public boolean abandoned(Instant now, Duration idle) {
        return evidenceId == null && touchedAt.isBefore(now.minus(idle));
    }
}

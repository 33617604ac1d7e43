package com.greencert.evidence.domain;

import com.greencert.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A piece of evidence as its owner (the supplier) sees it. Tenant-owned: the tenant column is mapped in
 * {@code META-INF/eclipselink-orm.xml}, never by this class. Never changed after it is stored.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends EvidenceRecord {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    protected Evidence() {
        // for JPA
    }

    private Evidence(EvidenceId id, EvidenceDetails details, EvidenceContent content, int versionNo,
            EvidenceId supersedes, String idempotencyKey, String uploadedBy, Instant uploadedAt) {
        super(id, details, content, versionNo, supersedes, uploadedBy, uploadedAt);
        this.idempotencyKey = checkedKey(idempotencyKey);
    }

    /** The first version of a document. */
    public static Evidence first(EvidenceId id, EvidenceDetails details, EvidenceContent content,
            String idempotencyKey, String uploadedBy, Instant uploadedAt) {
        return new Evidence(id, details, content, 1, null, idempotencyKey, uploadedBy, uploadedAt);
    }

    /** A new version that supersedes this one; this one stays stored, unchanged. */
    public Evidence supersededBy(EvidenceId id, EvidenceDetails details, EvidenceContent content,
            String idempotencyKey, String uploadedBy, Instant uploadedAt) {
        return new Evidence(id, details, content, versionNo() + 1, id(), idempotencyKey, uploadedBy, uploadedAt);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** An idempotency key is 1–200 visible ASCII characters, or absent. */
    public static String checkedKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(key.strip()).matches()) {
            throw new InvalidInputException("evidence.idempotency.key.invalid");
        }
        return key.strip();
    }
}

package com.greencert.evidence.domain;

import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A piece of evidence as its owner (the supplier) sees it. Tenant-owned: the tenant column is mapped in
 * {@code META-INF/eclipselink-orm.xml}, never by this class. Never changed after it is stored, but for being
 * retired (optimistically locked, so that two retirements at once do not both pass).
 */
@Entity
@Table(name = "evidence")
public class Evidence extends EvidenceRecord {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    /** A new version that supersedes this one; this one stays stored, unchanged. A retired piece takes none. */
    public Evidence supersededBy(EvidenceId id, EvidenceDetails details, EvidenceContent content,
            String idempotencyKey, String uploadedBy, Instant uploadedAt) {
        requireCurrent();
        return new Evidence(id, details, content, versionNo() + 1, id(), idempotencyKey, uploadedBy, uploadedAt);
    }

    /**
     * The owner takes this version out of use, with a reason (required, at most {@value Retirement#MAX_REASON}
     * characters). The service retires every version of a piece together, from its latest one; a piece is
     * retired once.
     */
    public void retire(String by, Instant at, String reason) {
        if (retired()) {
            throw new RuleViolationException("evidence.retired.already", title());
        }
        markRetired(new Retirement(at, by, reason));
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

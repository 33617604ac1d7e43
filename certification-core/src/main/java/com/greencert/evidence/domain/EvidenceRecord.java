package com.greencert.evidence.domain;

import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One stored version of a piece of evidence: what it is, the file, and where it sits in its version
 * history. Immutable once stored — a correction is a new version that supersedes this one — but for its
 * retirement ({@link Evidence#retire}), which the owner records once and which every version of the piece carries.
 * Read by the owner as {@link Evidence} and, when the owner granted access, by another tenant as
 * {@link SharedEvidence}.
 */
@MappedSuperclass
public abstract class EvidenceRecord {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", nullable = false, length = 40)
    private EvidenceType type;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "issuer", nullable = false, length = 200)
    private String issuer;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "language", nullable = false, length = 35)
    private String language;

    @Column(name = "product_ids", length = 2000)
    private String productIds;

    @Column(name = "facility_ids", length = 2000)
    private String facilityIds;

    @Column(name = "original_filename", nullable = false, length = 255)
    private String originalFileName;

    @Column(name = "media_type", nullable = false, length = 127)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "supersedes_id", length = 36)
    private String supersedes;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 200)
    private String retiredBy;

    @Column(name = "retired_reason", length = Retirement.MAX_REASON)
    private String retiredReason;

    protected EvidenceRecord() {
        // for JPA
    }

    protected EvidenceRecord(EvidenceId id, EvidenceDetails details, EvidenceContent content, int versionNo,
            EvidenceId supersedes, String uploadedBy, Instant uploadedAt) {
        this.id = id.toString();
        this.type = details.type();
        this.title = details.title();
        this.issuer = details.issuer();
        this.issuedOn = details.issuedOn();
        this.expiresOn = details.expiresOn();
        this.language = details.language();
        this.productIds = String.join(",", details.productIds());
        this.facilityIds = String.join(",", details.facilityIds());
        this.originalFileName = content.originalFileName();
        this.mediaType = content.mediaType();
        this.size = content.size();
        this.sha256 = content.sha256();
        this.storageKey = content.storageKey();
        this.versionNo = versionNo;
        this.supersedes = supersedes == null ? null : supersedes.toString();
        this.uploadedBy = Text.required("uploadedBy", uploadedBy, 200);
        this.uploadedAt = java.util.Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public EvidenceId id() {
        return EvidenceId.parse(id);
    }

    public EvidenceDetails details() {
        return new EvidenceDetails(type, title, issuer, issuedOn, expiresOn, language, split(productIds),
                split(facilityIds));
    }

    public EvidenceType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String issuer() {
        return issuer;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Optional<LocalDate> expiresOn() {
        return Optional.ofNullable(expiresOn);
    }

    public String language() {
        return language;
    }

    public List<String> productIds() {
        return split(productIds);
    }

    public List<String> facilityIds() {
        return split(facilityIds);
    }

    public EvidenceContent content() {
        return new EvidenceContent(originalFileName, mediaType, size, sha256, storageKey);
    }

    public int versionNo() {
        return versionNo;
    }

    public Optional<EvidenceId> supersedes() {
        return Optional.ofNullable(supersedes).map(EvidenceId::parse);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** When, by whom and why the piece was retired; empty while it is current. */
    public Optional<Retirement> retirement() {
        return retiredAt == null ? Optional.empty() : Optional.of(new Retirement(retiredAt, retiredBy, retiredReason));
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** Refuses what only a current piece may take (a new version, a share, an application): a retired piece is refused. */
    public void requireCurrent() {
        if (retired()) {
            throw new RuleViolationException("evidence.retired", title);
        }
    }

    protected void markRetired(Retirement retirement) {
        this.retiredAt = retirement.at();
        this.retiredBy = retirement.by();
        this.retiredReason = retirement.reason();
    }

    public ExpiryStatus expiryStatus(LocalDate today) {
        return ExpiryStatus.of(expiresOn, today);
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }
}

package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One version of a certification scheme a certification body runs, e.g. "Green Chemistry Export — Gold"
 * v2: the criteria every applicant must meet, how long a certificate is valid and how often the holder is
 * surveilled. A version starts as a {@link SchemeState#DRAFT draft}: the body may change it, but no supplier is
 * offered it or may apply for it. Once the body {@link #publish publishes} it, its rules cannot change, so an
 * application is always judged by the rules it applied under; changing the rules means a new version, a new
 * draft. {@link #frozen} says whether an application has used the version.
 */
@Entity
@Table(name = "scheme")
public class Scheme {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final int MAX_CRITERIA = 50;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "body_tenant_id", nullable = false, length = 64)
    private String bodyTenantId;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_zh", length = 200)
    private String nameZh;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "surveillance_months", nullable = false)
    private int surveillanceMonths;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scheme_criterion", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "line_no")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "frozen", nullable = false)
    private boolean frozen;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private SchemeState state;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 200)
    private String publishedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Scheme() {
        // for JPA
    }

    public Scheme(SchemeId id, TenantId body, String code, String nameEn, String nameZh, int validityMonths,
            int surveillanceMonths, Collection<Criterion> criteria, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id").toString();
        this.bodyTenantId = Objects.requireNonNull(body, "body").value();
        this.code = code("code", code);
        this.versionNo = 1;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = SchemeState.DRAFT;
        revise(nameEn, nameZh, validityMonths, surveillanceMonths, criteria);
    }

    /** A scheme code as stored (upper case), from a field of a request: 2 to 40 letters, digits and hyphens. */
    public static String code(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("field.required", field);
        }
        String c = Text.wellFormed(field, value).strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("scheme.code.invalid", value);
        }
        return c;
    }

    /** Changes the rules of this version; only while it is a draft (a published one is frozen). */
    public void revise(String nameEn, String nameZh, int validityMonths, int surveillanceMonths,
            Collection<Criterion> criteria) {
        if (published()) {
            throw new RuleViolationException("scheme.published", code, versionNo);
        }
        if (validityMonths < 1 || validityMonths > 120) {
            throw new InvalidInputException("scheme.validity.range", 1, 120);
        }
        if (surveillanceMonths < 1 || surveillanceMonths > validityMonths) {
            throw new InvalidInputException("scheme.surveillance.range", 1, validityMonths);
        }
        if (criteria == null || criteria.isEmpty()) {
            throw new InvalidInputException("scheme.criteria.required");
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new InvalidInputException("scheme.criteria.too.many", MAX_CRITERIA);
        }
        if (criteria.stream().map(Criterion::code).distinct().count() != criteria.size()) {
            throw new InvalidInputException("scheme.criterion.duplicate");
        }
        this.nameEn = Text.required("nameEn", nameEn, 200);
        this.nameZh = Text.optional("nameZh", nameZh, 200);
        this.validityMonths = validityMonths;
        this.surveillanceMonths = surveillanceMonths;
        this.criteria = new ArrayList<>(criteria);
    }

    /**
     * The body publishes this draft: from now on suppliers are offered it and may apply for it, and its rules
     * cannot change. Refused when it is published already.
     */
    public void publish(String by, Instant at) {
        if (published()) {
            throw new RuleViolationException("scheme.published.already", code, versionNo);
        }
        this.publishedBy = Text.required("publishedBy", by, 200);
        this.publishedAt = Objects.requireNonNull(at, "at");
        this.state = SchemeState.PUBLISHED;
    }

    /** Refuses an application against this version unless it is published. */
    public void requirePublished() {
        if (!published()) {
            throw new RuleViolationException("scheme.draft", code, versionNo);
        }
    }

    /** An application uses this published version (idempotent); a draft cannot be used. */
    public void freeze() {
        requirePublished();
        frozen = true;
    }

    /**
     * The next version of this scheme, a draft starting as a copy of this one's rules. Only from a published
     * version: a draft is changed, not followed.
     */
    public Scheme nextVersion(SchemeId newId, int newVersionNo, Instant now) {
        if (!published()) {
            throw new RuleViolationException("scheme.draft.pending", code, versionNo);
        }
        if (newVersionNo <= versionNo) {
            throw new RuleViolationException("scheme.version.order", newVersionNo, versionNo);
        }
        Scheme next = new Scheme(newId, body(), code, nameEn, nameZh, validityMonths, surveillanceMonths, criteria, now);
        next.versionNo = newVersionNo;
        return next;
    }

    /** What the given attached evidence leaves missing, criterion by criterion, on {@code today}. */
    public List<MissingEvidence> missing(Collection<AttachedEvidence> attached, LocalDate today) {
        List<MissingEvidence> missing = new ArrayList<>();
        for (Criterion criterion : criteria) {
            for (EvidenceType type : criterion.evidenceTypes()) {
                List<AttachedEvidence> ofType = attached.stream().filter(a -> a.type() == type).toList();
                if (ofType.isEmpty()) {
                    missing.add(new MissingEvidence(criterion.code(), type, MissingEvidence.Reason.MISSING));
                    continue;
                }
                boolean current = ofType.stream()
                        .anyMatch(a -> criterion.problemWith(a.issuedOn(), a.expiresOn().orElse(null), today).isEmpty());
                if (!current) {
                    AttachedEvidence newest = ofType.stream()
                            .max((x, y) -> x.issuedOn().compareTo(y.issuedOn())).orElseThrow();
                    missing.add(new MissingEvidence(criterion.code(), type, criterion
                            .problemWith(newest.issuedOn(), newest.expiresOn().orElse(null), today).orElseThrow()));
                }
            }
        }
        return missing;
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    public SchemeId id() {
        return SchemeId.parse(id);
    }

    public TenantId body() {
        return TenantId.of(bodyTenantId);
    }

    public String code() {
        return code;
    }

    public int versionNo() {
        return versionNo;
    }

    public String nameEn() {
        return nameEn;
    }

    public Optional<String> nameZh() {
        return Optional.ofNullable(nameZh);
    }

    public int validityMonths() {
        return validityMonths;
    }

    public int surveillanceMonths() {
        return surveillanceMonths;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    /** Whether an application has used this version. */
    public boolean frozen() {
        return frozen;
    }

    public SchemeState state() {
        return state;
    }

    public boolean published() {
        return state == SchemeState.PUBLISHED;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

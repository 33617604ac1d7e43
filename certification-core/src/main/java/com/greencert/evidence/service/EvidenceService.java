package com.greencert.evidence.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.domain.EvidenceContent;
import com.greencert.evidence.domain.EvidenceDetails;
import com.greencert.evidence.domain.EvidenceGrant;
import com.greencert.evidence.domain.EvidenceGrants;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceRecord;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.Evidences;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.domain.FileName;
import com.greencert.evidence.storage.BlobStore;
import com.greencert.evidence.storage.ContentInspector;
import com.greencert.evidence.storage.StagedBlob;
import com.greencert.evidence.storage.StoredBlob;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A supplier's evidence vault. Suppliers upload documents and new versions of them; everyone in the
 * owner's tenant reads them; the supplier grants a buyer or a certification body access to one piece of
 * evidence, and that tenant then reads it too (and nothing else of the supplier's). Bytes are stored
 * before the record (docs/adr/0007-evidence-storage.md), so a record never exists without its file.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());

    @Inject
    Evidences evidences;

    @Inject
    EvidenceGrants grants;

    @Inject
    Tenants tenants;

    @Inject
    BlobStore blobs;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    GreenCertConfig config;

    private final ContentInspector inspector = new ContentInspector();
    private long maxBytes;

    @PostConstruct
    void configure() {
        maxBytes = config.evidenceMaxBytes();
    }

    /** The largest file accepted, in bytes ({@code greencert.evidence.max-bytes}). */
    public long maxBytes() {
        return maxBytes;
    }

    public Uploaded upload(EvidenceMetadata metadata, EvidenceFile file, String idempotencyKey) {
        return store(null, metadata, file, idempotencyKey);
    }

    /** A new version of a piece of evidence; only the latest version can be superseded. */
    public Uploaded newVersion(EvidenceId previous, EvidenceMetadata metadata, EvidenceFile file, String idempotencyKey) {
        return store(previous, metadata, file, idempotencyKey);
    }

    private Uploaded store(EvidenceId previousId, EvidenceMetadata metadata, EvidenceFile file, String idempotencyKey) {
        Caller caller = callers.requireAny(Role.SUPPLIER, Role.ASSESSOR);
        String key = Evidence.checkedKey(idempotencyKey);
        if (key != null) {
            Optional<Evidence> earlier = evidences.byIdempotencyKey(key);
            if (earlier.isPresent()) {
                return new Uploaded(ownEntry(earlier.get(), supersessions()), false);
            }
        }
        EvidenceDetails details = details(metadata);
        if (!caller.has(Role.SUPPLIER) && details.type() != EvidenceType.AUDIT_REPORT) {
            // a certification body's assessors keep only their audit reports here
            throw new RuleViolationException("evidence.assessor.audit.report.only", details.type().name());
        }
        Evidence previous = null;
        if (previousId != null) {
            previous = evidences.find(previousId).orElseThrow(() -> new NotFoundException("evidence", previousId));
            if (evidences.supersederOf(previousId).isPresent()) {
                throw new RuleViolationException("evidence.version.not.latest", previousId);
            }
        }
        EvidenceContent content = storeBytes(file);
        EvidenceId id = EvidenceId.newId();
        Evidence evidence = previous == null
                ? Evidence.first(id, details, content, key, caller.username(), clock.instant())
                : previous.supersededBy(id, details, content, key, caller.username(), clock.instant());
        evidences.add(evidence);
        LOG.info(() -> "Evidence " + id + " v" + evidence.versionNo() + " (" + content.mediaType() + ", "
                + content.size() + " bytes, sha256 " + content.sha256() + ") stored by " + caller.username()
                + " of " + caller.tenantId());
        return new Uploaded(entry(evidence, caller.tenantId(), Optional.empty()), true);
    }

    private EvidenceContent storeBytes(EvidenceFile file) {
        if (file == null || file.content() == null) {
            throw new com.greencert.shared.domain.InvalidInputException("field.required", "file");
        }
        String name = FileName.sanitize(file.fileName());
        try {
            StagedBlob staged = blobs.stage(file.content(), maxBytes);
            String mediaType;
            try {
                mediaType = inspector.inspect(name, file.claimedType(), staged.size(), staged::open);
            } catch (IOException | RuntimeException refused) {
                blobs.discard(staged);
                throw refused;
            }
            StoredBlob stored = blobs.commit(staged);
            return new EvidenceContent(name, mediaType, stored.size(), stored.key(), stored.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller's tenant's evidence and the evidence other tenants granted it, optionally filtered. */
    public List<EvidenceEntry> list(EvidenceType type, ExpiryStatus status) {
        Caller caller = callers.require();
        Map<String, EvidenceId> supersessions = supersessions();
        Stream<EvidenceEntry> own = evidences.all().stream().map(e -> ownEntry(e, supersessions));
        Stream<EvidenceEntry> shared = evidences.grantedTo(caller.tenantId()).stream()
                .map(e -> entry(e, e.owner(), Optional.empty()));
        return Stream.concat(own, shared)
                .filter(e -> type == null || e.evidence().type() == type)
                .filter(e -> status == null || e.expiryStatus() == status)
                .toList();
    }

    /**
     * The ids of the products that the caller's tenant's own evidence of this type covers, counting only
     * evidence that has not expired (any version: an older version still in date still counts).
     */
    public Set<String> productsCoveredBy(EvidenceType type) {
        callers.require();
        LocalDate today = LocalDate.now(clock);
        return evidences.ofType(type).stream().filter(e -> e.expiryStatus(today) != ExpiryStatus.EXPIRED)
                .flatMap(e -> e.productIds().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The latest versions of the caller's evidence that expire within 90 days or have expired, soonest first. */
    public List<EvidenceEntry> expiring() {
        callers.require();
        Map<String, EvidenceId> supersessions = supersessions();
        Set<ExpiryStatus> wanted = EnumSet.of(ExpiryStatus.EXPIRING, ExpiryStatus.EXPIRED);
        return evidences.all().stream().map(e -> ownEntry(e, supersessions))
                .filter(e -> e.supersededBy().isEmpty() && wanted.contains(e.expiryStatus()))
                .sorted(Comparator.comparing(e -> e.evidence().expiresOn().orElseThrow()))
                .toList();
    }

    /** One piece of evidence: the caller's tenant's own, or one granted to it; anything else is not found. */
    public EvidenceEntry get(EvidenceId id) {
        Caller caller = callers.require();
        Optional<Evidence> own = evidences.find(id);
        if (own.isPresent()) {
            return ownEntry(own.get(), supersessions());
        }
        return evidences.findGranted(id, caller.tenantId())
                .map(e -> entry(e, e.owner(), Optional.empty()))
                .orElseThrow(() -> new NotFoundException("evidence", id));
    }

    /**
     * The file, verified against its SHA-256 before anything is sent; a blob that does not match fails
     * (an incident) and is never served.
     */
    public EvidenceDownload download(EvidenceId id) {
        EvidenceEntry entry = get(id);
        try {
            // recorded in the owner's ledger; a blob that fails its check rolls the entry back with the call
            audit.record(entry.owner(), "evidence.downloaded", "evidence", id.toString(),
                    "reader=" + callers.require().tenantId());
            return new EvidenceDownload(entry, blobs.openVerified(entry.evidence().content().storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The owner lets a buyer or certification body read one piece of evidence (idempotent). */
    public EvidenceGrant grantAccess(EvidenceId id, TenantId grantee) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        Evidence evidence = evidences.find(id).orElseThrow(() -> new NotFoundException("evidence", id));
        Tenant tenant = tenants.find(grantee).orElseThrow(() -> new NotFoundException("tenant", grantee));
        if (tenant.type() != TenantType.BUYER && tenant.type() != TenantType.CERTIFICATION_BODY) {
            throw new RuleViolationException("evidence.grant.grantee.type", grantee);
        }
        Optional<EvidenceGrant> active = grants.active(caller.tenantId(), id, grantee);
        if (active.isPresent()) {
            return active.get();
        }
        EvidenceGrant grant = new EvidenceGrant(id, caller.tenantId(), grantee, caller.username(), clock.instant());
        grants.add(grant);
        audit.record(caller.tenantId(), "evidence.access.granted", "evidence", id.toString(), "grantee=" + grantee);
        LOG.info(() -> "Evidence " + id + " of " + caller.tenantId() + " shared with " + grantee + " by "
                + caller.username() + " at " + grant.grantedAt());
        notifyShared(evidence, caller.tenantId(), tenant);
        return grant;
    }

    /** Tells the grantee's buyers, or its assessors, that the supplier shared the evidence with them. */
    private void notifyShared(Evidence evidence, TenantId owner, Tenant grantee) {
        boolean buyer = grantee.type() == TenantType.BUYER;
        Optional<Tenant> supplier = tenants.find(owner);
        Map<String, String> arguments = new java.util.LinkedHashMap<>();
        arguments.put("supplier", supplier.map(Tenant::nameEn).orElse(owner.value()));
        supplier.map(t -> t.displayName("zh")).ifPresent(zh -> arguments.put("supplier.zh", zh));
        arguments.put("title", evidence.title());
        arguments.put("path", buyer ? "/buyer" : "/certification");
        notifier.notify(Recipients.withRole(buyer ? Role.BUYER : Role.ASSESSOR, grantee.id()), "evidence.shared", arguments);
    }

    /** The owner withdraws a tenant's access; the grant stays on record, revoked. */
    public EvidenceGrant revokeAccess(EvidenceId id, TenantId grantee) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        evidences.find(id).orElseThrow(() -> new NotFoundException("evidence", id));
        EvidenceGrant grant = grants.active(caller.tenantId(), id, grantee)
                .orElseThrow(() -> new NotFoundException("grant", id + "/" + grantee));
        grant.revoke(caller.username(), clock.instant());
        audit.record(caller.tenantId(), "evidence.access.revoked", "evidence", id.toString(), "grantee=" + grantee);
        LOG.info(() -> "Evidence " + id + " of " + caller.tenantId() + " no longer shared with " + grantee + "; revoked by "
                + caller.username() + " at " + grant.revokedAt().orElseThrow());
        return grant;
    }

    /** Who was granted access to one of the caller's pieces of evidence, and when (revoked ones included). */
    public List<EvidenceGrant> grants(EvidenceId id) {
        Caller caller = callers.require();
        evidences.find(id).orElseThrow(() -> new NotFoundException("evidence", id));
        return grants.of(caller.tenantId(), id);
    }

    private EvidenceDetails details(EvidenceMetadata m) {
        if (m == null) {
            throw new com.greencert.shared.domain.InvalidInputException("field.required", "metadata");
        }
        return new EvidenceDetails(EvidenceType.parse(m.type()), m.title(), m.issuer(), m.issuedOn(), m.expiresOn(),
                m.language(), m.productIds(), m.facilityIds());
    }

    /** Which of the tenant's evidence was superseded, and by what (superseded id → successor). */
    private Map<String, EvidenceId> supersessions() {
        return evidences.all().stream().filter(e -> e.supersedes().isPresent())
                .collect(Collectors.toMap(e -> e.supersedes().orElseThrow().toString(), Evidence::id, (a, b) -> a));
    }

    private EvidenceEntry ownEntry(Evidence e, Map<String, EvidenceId> supersessions) {
        return entry(e, callers.require().tenantId(), Optional.ofNullable(supersessions.get(e.id().toString())));
    }

    private EvidenceEntry entry(EvidenceRecord e, TenantId owner, Optional<EvidenceId> supersededBy) {
        return new EvidenceEntry(e, owner, e.expiryStatus(LocalDate.now(clock)), supersededBy);
    }

}

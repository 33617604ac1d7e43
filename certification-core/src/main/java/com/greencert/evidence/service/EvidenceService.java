package com.greencert.evidence.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.domain.EvidenceGrant;
import com.greencert.evidence.domain.EvidenceGrants;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceFilter;
import com.greencert.evidence.domain.EvidenceRecord;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.Evidences;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.domain.SharedEvidence;
import com.greencert.evidence.storage.BlobStore;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.logging.Logger;
import java.util.stream.Collectors;

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
    EvidenceUploads uploads;

    @Inject
    EvidenceRetirement retirement;

    /** The largest file accepted, in bytes ({@code greencert.evidence.max-bytes}). */
    public long maxBytes() {
        return uploads.maxBytes();
    }

    /**
     * Stores a new piece of evidence, streaming its bytes once (hashed and inspected on the way); a repeated
     * {@code Idempotency-Key} answers with the first upload's record. No transaction is held while the
     * bytes arrive: {@link EvidenceUploads} runs its own short ones.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Uploaded upload(EvidenceMetadata metadata, EvidenceFile file, String idempotencyKey) {
        return uploads.upload(null, metadata, file, idempotencyKey);
    }

    /** A new version of a piece of evidence; only the latest version can be superseded. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Uploaded newVersion(EvidenceId previous, EvidenceMetadata metadata, EvidenceFile file, String idempotencyKey) {
        return uploads.upload(previous, metadata, file, idempotencyKey);
    }

    /** A first version ({@code previous} null) or a new version, whose file was staged before its metadata arrived. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Uploaded upload(EvidenceId previous, EvidenceMetadata metadata, StagedFile file, String idempotencyKey) {
        return uploads.upload(previous, metadata, file, idempotencyKey);
    }

    /** Receives a file that came before its metadata: hashed, inspected, held until {@link #upload} or {@link #discard}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public StagedFile stage(EvidenceFile file) {
        return uploads.stage(file);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void discard(StagedFile file) {
        uploads.discard(file);
    }

    /**
     * One page of the caller's tenant's evidence, then the evidence other tenants granted it, optionally
     * filtered: its own rows come first (newest upload first), the granted ones after them (newest first),
     * each part read page-wise in the database. Retired pieces are left out.
     */
    public Page<EvidenceEntry> list(EvidenceType type, ExpiryStatus status, PageRequest page) {
        return list(type, status, false, page);
    }

    /** As {@link #list(EvidenceType, ExpiryStatus, PageRequest)}, with the retired pieces too if {@code withRetired}. */
    public Page<EvidenceEntry> list(EvidenceType type, ExpiryStatus status, boolean withRetired, PageRequest page) {
        Caller caller = callers.require();
        EvidenceFilter filter = EvidenceFilter.of(type, status, LocalDate.now(clock), withRetired);
        Page<Evidence> own = evidences.own(filter, page);
        List<EvidenceEntry> entries = new ArrayList<>(ownEntries(own.items()));
        // where the granted part starts in this page, and how many of its rows the page still has room for
        long grantedOffset = Math.max(0, page.offset() - own.total());
        int room = page.limit() - entries.size();
        Page<SharedEvidence> granted = evidences.grantedTo(caller.tenantId(), filter,
                PageRequest.of((int) Math.min(Integer.MAX_VALUE, grantedOffset), Math.max(1, room)));
        if (room > 0) {
            granted.items().forEach(e -> entries.add(entry(e, e.owner(), Optional.empty())));
        }
        return new Page<>(entries, own.total() + granted.total(), page);
    }

    /**
     * The ids of the products that the caller's tenant's own evidence of this type covers, counting only
     * evidence that has not expired (any version: an older version still in date still counts) and is not retired.
     */
    public Set<String> productsCoveredBy(EvidenceType type) {
        callers.require();
        LocalDate today = LocalDate.now(clock);
        return evidences.ofType(type).stream()
                .filter(e -> e.expiryStatus(today) != ExpiryStatus.EXPIRED) // ofType leaves retired pieces out
                .flatMap(e -> e.productIds().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** One page of the latest versions of the caller's evidence that expire within 90 days or have expired, soonest first. */
    public Page<EvidenceEntry> expiring(PageRequest page) {
        callers.require();
        LocalDate today = LocalDate.now(clock);
        Page<Evidence> latest = evidences.latestExpiring(today.plusDays(ExpiryStatus.EXPIRING_WITHIN_DAYS), page);
        return new Page<>(ownEntries(latest.items()), latest.total(), page);
    }

    /** How many latest versions of the caller's evidence have expired, and how many expire within 90 days. */
    public ExpirySummary expirySummary() {
        callers.require();
        LocalDate today = LocalDate.now(clock);
        long dueSoonOrPast = evidences.latestExpiring(today.plusDays(ExpiryStatus.EXPIRING_WITHIN_DAYS),
                PageRequest.of(0, 1)).total();
        long expired = evidences.countLatestExpiringBefore(today);
        return new ExpirySummary(expired, dueSoonOrPast - expired);
    }

    /** One piece of evidence: the caller's tenant's own, or one granted to it; anything else is not found. */
    public EvidenceEntry get(EvidenceId id) {
        Caller caller = callers.require();
        Optional<Evidence> own = evidences.find(id);
        if (own.isPresent()) {
            return ownEntry(own.get());
        }
        return evidences.findGranted(id, caller.tenantId())
                .map(e -> entry(e, e.owner(), Optional.empty()))
                .orElseThrow(() -> new NotFoundException("evidence", id));
    }

    /**
     * The title of a piece the caller may read (its own, or granted to it), or empty: never a refusal, so a
     * caller inside a writing transaction can ask without the transaction being marked for rollback.
     */
    public Optional<String> readableTitle(EvidenceId id) {
        Caller caller = callers.require();
        return evidences.find(id).map(EvidenceRecord::title)
                .or(() -> evidences.findGranted(id, caller.tenantId()).map(EvidenceRecord::title));
    }

    /**
     * The file, verified against its SHA-256 before anything is sent; a blob that does not match fails
     * (an incident) and is never served.
     */
    public EvidenceDownload download(EvidenceId id) {
        EvidenceEntry entry = get(id);
        try {
            // recorded in the owner's ledger; a blob that fails its check rolls the entry back with the call
            TenantId reader = callers.require().tenantId();
            audit.record(entry.owner(), "evidence.downloaded", "evidence", id.toString(), "reader=" + reader);
            if (!reader.equals(entry.owner())) {
                // and in the reader's own ledger: a body's record of what its staff opened, and when
                audit.record(reader, "evidence.read", "evidence", id.toString(), "owner=" + entry.owner()
                        + " sha256=" + entry.evidence().content().sha256());
            }
            return new EvidenceDownload(entry, blobs.openVerified(entry.evidence().content().storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The owner lets a buyer or certification body read one piece of evidence (idempotent); not a retired one. */
    public EvidenceGrant grantAccess(EvidenceId id, TenantId grantee) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        Evidence evidence = evidences.find(id).orElseThrow(() -> new NotFoundException("evidence", id));
        evidence.requireCurrent();
        Tenant tenant = tenants.find(grantee).orElseThrow(() -> new NotFoundException("tenant", grantee));
        if (tenant.type() != TenantType.BUYER && tenant.type() != TenantType.CERTIFICATION_BODY) {
            throw new RuleViolationException("evidence.grant.grantee.type", grantee);
        }
        Optional<EvidenceGrant> active = grants.activeDirect(id, grantee);
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

    /**
     * Shares with a buyer or body, in one action, the latest version of every piece of the caller's evidence of
     * these types that is neither retired nor expired (what a buyer's criteria ask for): each through
     * {@link #grantAccess}, so each is audited and announced, and a piece already shared stays as it is.
     *
     * @return the pieces shared now, not those shared before
     */
    public List<EvidenceId> shareLatestOfTypes(Set<EvidenceType> types, TenantId grantee) {
        callers.requireAny(Role.SUPPLIER);
        LocalDate today = LocalDate.now(clock);
        List<EvidenceId> shared = new ArrayList<>();
        for (EvidenceType type : types) {
            List<Evidence> versions = evidences.ofType(type);
            Set<EvidenceId> superseded = versions.stream().flatMap(e -> e.supersedes().stream())
                    .collect(Collectors.toSet());
            for (Evidence e : versions) {
                if (!superseded.contains(e.id()) && e.expiryStatus(today) != ExpiryStatus.EXPIRED
                        && grants.activeDirect(e.id(), grantee).isEmpty()) {
                    grantAccess(e.id(), grantee);
                    shared.add(e.id());
                }
            }
        }
        return shared;
    }

    /**
     * The owner lets the certification body of an application read a piece for that application (idempotent):
     * called when the application is submitted and when a finding is answered with it. Ends through
     * {@link #endApplicationAccess}, not through {@link #revokeAccess}.
     */
    public void grantForApplication(EvidenceId id, TenantId body, String application) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        Evidence evidence = evidences.find(id).orElseThrow(() -> new NotFoundException("evidence", id));
        if (grants.activeFor(application, id).isPresent()) {
            return;
        }
        evidence.requireCurrent();
        grants.add(new EvidenceGrant(id, caller.tenantId(), body, application, caller.username(), clock.instant()));
        audit.record(caller.tenantId(), "evidence.access.granted", "evidence", id.toString(),
                "grantee=" + body + " application=" + application);
    }

    /**
     * An application no longer needs some of its pieces (detached, cancelled, refused): the body's access for
     * that application ends, except to the pieces it relied on, which it keeps as its record. Either party may
     * cause it (the supplier detaching or cancelling, the body refusing); each change goes to the owner's ledger.
     */
    public void endApplicationAccess(String application, Set<EvidenceId> pieces, Set<EvidenceId> reliedOn) {
        Caller caller = callers.require();
        for (EvidenceGrant g : grants.activeFor(application)) {
            if (!pieces.contains(g.evidenceId()) || g.keptAsRecord()) {
                continue;
            }
            boolean kept = reliedOn.contains(g.evidenceId());
            g.endForApplication(caller.username(), clock.instant(), kept);
            audit.record(g.owner(), kept ? "evidence.access.kept" : "evidence.access.revoked", "evidence",
                    g.evidenceId().toString(), "grantee=" + g.grantee() + " application=" + application);
        }
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
        EvidenceGrant grant = grants.activeDirect(id, grantee).or(() -> grants.anyActive(id, grantee))
                .orElseThrow(() -> new NotFoundException("grant", id + "/" + grantee));
        grant.revoke(caller.username(), clock.instant());
        audit.record(caller.tenantId(), "evidence.access.revoked", "evidence", id.toString(), "grantee=" + grantee);
        LOG.info(() -> "Evidence " + id + " of " + caller.tenantId() + " no longer shared with " + grantee + "; revoked by "
                + caller.username() + " at " + grant.revokedAt().orElseThrow());
        return grant;
    }

    /** The owner takes a piece out of use, from its latest version ({@link EvidenceRetirement}); its entry as retired. */
    public EvidenceEntry retire(EvidenceId id, String reason) {
        retirement.retire(id, reason);
        return get(id);
    }

    /** Who was granted access to one of the caller's pieces of evidence, and when (revoked ones included). */
    public Page<EvidenceGrant> grants(EvidenceId id, PageRequest page) {
        Caller caller = callers.require();
        evidences.find(id).orElseThrow(() -> new NotFoundException("evidence", id));
        return grants.of(id, page);
    }

    /**
     * The buyers and certification bodies the caller may share evidence with, by English name (the first
     * {@value PageRequest#MAX_LIMIT} whose name contains {@code text}, if not blank).
     */
    public List<Tenant> shareTargets(String text) {
        callers.requireAny(Role.SUPPLIER);
        return tenants.page(PageRequest.of(0, PageRequest.MAX_LIMIT), text).items().stream()
                .filter(t -> t.type() == TenantType.BUYER || t.type() == TenantType.CERTIFICATION_BODY).toList();
    }

    /** Who one of the caller's pieces is shared with, each grant with the grantee's tenant (revoked ones included). */
    public List<EvidenceShare> sharedWith(EvidenceId id) {
        return grants(id, PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream()
                .map(g -> new EvidenceShare(g, tenants.find(g.grantee()))).toList();
    }

    private EvidenceEntry ownEntry(Evidence e) {
        return ownEntries(List.of(e)).getFirst();
    }

    /** The caller's own evidence with, for each, the version that superseded it (one query for all). */
    private List<EvidenceEntry> ownEntries(List<Evidence> own) {
        TenantId tenant = callers.require().tenantId();
        Map<String, EvidenceId> successors = evidences.successorsOf(own.stream().map(Evidence::id).toList());
        return own.stream().map(e -> entry(e, tenant, Optional.ofNullable(successors.get(e.id().toString())))).toList();
    }

    private EvidenceEntry entry(EvidenceRecord e, TenantId owner, Optional<EvidenceId> supersededBy) {
        return new EvidenceEntry(e, owner, e.expiryStatus(LocalDate.now(clock)), supersededBy);
    }

}

package com.greencert.evidence.service;

import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.domain.EvidenceContent;
import com.greencert.evidence.domain.EvidenceDetails;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.Evidences;
import com.greencert.evidence.domain.UploadClaim;
import com.greencert.evidence.domain.UploadClaims;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import com.greencert.quota.domain.QuotaKind;
import com.greencert.quota.service.WriteQuota;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The database steps of an upload, each its own short transaction, so that no transaction stays open
 * while the bytes arrive (minutes on a slow link): checking the request and claiming its idempotency key
 * before the file is read, the holder's signs of life, and recording the evidence once its bytes are
 * stored (or freeing the key when they were refused). See {@link EvidenceUploads} for the order.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class UploadSteps {

    private static final Logger LOG = Logger.getLogger(UploadSteps.class.getName());

    @Inject
    Evidences evidences;

    @Inject
    UploadClaims claims;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    WriteQuota quotas;

    @Inject
    jakarta.enterprise.event.Event<com.greencert.supplier.service.SupplierDataChanged> changed;

    /** A checked upload request: what to record, and the claim on its key (if it has one) that this upload holds. */
    record Start(EvidenceId previous, EvidenceDetails details, String key, String holder, Optional<Uploaded> replay) {
        static Start replaying(Uploaded earlier) {
            return new Start(null, null, null, null, Optional.of(earlier));
        }
    }

    /**
     * Checks the caller, the metadata and the version to supersede; answers a key already used with its
     * evidence (a replay), a key held by an upload in progress with a refusal (409), and otherwise claims
     * the key for this upload. Throws {@link com.greencert.evidence.domain.IdempotencyKeyTakenException}
     * when another upload claimed the key at the same moment: then {@link #contended} decides.
     */
    Start start(EvidenceId previousId, EvidenceMetadata metadata, String key, Duration idle) {
        Caller caller = callers.requireAny(Role.SUPPLIER, Role.ASSESSOR);
        Optional<Uploaded> earlier = key == null ? Optional.empty() : replayOf(key);
        if (earlier.isPresent()) {
            return Start.replaying(earlier.get());
        }
        EvidenceDetails details = checked(caller, previousId, metadata);
        if (key == null) {
            return new Start(previousId, details, null, null, Optional.empty());
        }
        Optional<UploadClaim> claim = claims.find(key);
        if (claim.isPresent()) {
            return contendedFor(claim.get(), caller, previousId, details, key, idle);
        }
        String holder = UUID.randomUUID().toString();
        claims.add(new UploadClaim(key, holder, caller.username(), clock.instant()));
        return new Start(previousId, details, key, holder, Optional.empty());
    }

    /** After losing the race to claim a key: the other upload's evidence, a takeover of a dead claim, or 409. */
    Start contended(EvidenceId previousId, EvidenceMetadata metadata, String key, Duration idle) {
        Caller caller = callers.requireAny(Role.SUPPLIER, Role.ASSESSOR);
        Optional<Uploaded> earlier = replayOf(key);
        if (earlier.isPresent()) {
            return Start.replaying(earlier.get());
        }
        EvidenceDetails details = checked(caller, previousId, metadata);
        UploadClaim claim = claims.find(key).orElseThrow(() -> inProgress(key));
        return contendedFor(claim, caller, previousId, details, key, idle);
    }

    private Start contendedFor(UploadClaim claim, Caller caller, EvidenceId previousId, EvidenceDetails details,
            String key, Duration idle) {
        Optional<EvidenceId> stored = claim.evidence();
        if (stored.isPresent()) {
            return Start.replaying(new Uploaded(entryOf(evidences.find(stored.get())
                    .orElseThrow(() -> new NotFoundException("evidence", stored.get()))), false));
        }
        Instant now = clock.instant();
        String holder = UUID.randomUUID().toString();
        if (claim.abandoned(now, idle) && claims.takeOver(key, holder, caller.username(), now, now.minus(idle))) {
            LOG.info(() -> "Upload under idempotency key " + key + " abandoned by its holder; taken over by "
                    + caller.username());
            return new Start(previousId, details, key, holder, Optional.empty());
        }
        throw inProgress(key);
    }

    /** The holder's sign of life while its bytes arrive. */
    void touch(Start start) {
        if (start.key() != null) {
            claims.touch(start.key(), start.holder(), clock.instant());
        }
    }

    /** The upload failed or was refused: its key is free for a retry. */
    void release(Start start) {
        if (start.key() != null) {
            claims.release(start.key(), start.holder());
        }
    }

    /**
     * Records the evidence whose bytes are stored. Throws {@link com.greencert.evidence.domain.IdempotencyKeyTakenException}
     * if another upload recorded under the key meanwhile (then {@link #replay} answers).
     */
    Uploaded record(Start start, EvidenceContent content) {
        Caller caller = callers.requireAny(Role.SUPPLIER, Role.ASSESSOR);
        Evidence previous = null;
        if (start.previous() != null) {
            previous = evidences.find(start.previous()).orElseThrow(() -> new NotFoundException("evidence", start.previous()));
            if (evidences.supersederOf(start.previous()).isPresent()) {
                throw new RuleViolationException("evidence.version.not.latest", start.previous());
            }
        }
        quotas.consume(QuotaKind.EVIDENCE, 1, evidences::count);
        EvidenceId id = EvidenceId.newId();
        Instant now = clock.instant();
        Evidence evidence = previous == null
                ? Evidence.first(id, start.details(), content, start.key(), caller.username(), now)
                : previous.supersededBy(id, start.details(), content, start.key(), caller.username(), now);
        evidences.add(evidence);
        changed.fire(new com.greencert.supplier.service.SupplierDataChanged(caller.tenantId()));
        if (start.key() != null) {
            claims.complete(start.key(), start.holder(), id);
        }
        LOG.info(() -> "Evidence " + id + " v" + evidence.versionNo() + " (" + content.mediaType() + ", "
                + content.size() + " bytes, sha256 " + content.sha256() + ") stored by " + caller.username()
                + " of " + caller.tenantId());
        return new Uploaded(entryOf(evidence), true);
    }

    /** What another upload stored under the key. */
    Uploaded replay(Start start) {
        return replayOf(start.key()).orElseThrow(() -> inProgress(start.key()));
    }

    private Optional<Uploaded> replayOf(String key) {
        return evidences.byIdempotencyKey(key).map(e -> new Uploaded(entryOf(e), false));
    }

    private EvidenceDetails checked(Caller caller, EvidenceId previousId, EvidenceMetadata m) {
        if (m == null) {
            throw new InvalidInputException("field.required", "metadata");
        }
        EvidenceDetails details = new EvidenceDetails(EvidenceType.parse(m.type()), m.title(), m.issuer(), m.issuedOn(),
                m.expiresOn(), m.language(), m.productIds(), m.facilityIds());
        if (!caller.has(Role.SUPPLIER) && details.type() != EvidenceType.AUDIT_REPORT) {
            // a certification body's assessors keep only their audit reports here
            throw new RuleViolationException("evidence.assessor.audit.report.only", details.type().name());
        }
        if (previousId != null) {
            // a retired piece takes no new version: refused before its bytes are read
            evidences.find(previousId).orElseThrow(() -> new NotFoundException("evidence", previousId)).requireCurrent();
            if (evidences.supersederOf(previousId).isPresent()) {
                throw new RuleViolationException("evidence.version.not.latest", previousId);
            }
        }
        return details;
    }

    private EvidenceEntry entryOf(Evidence e) {
        return new EvidenceEntry(e, callers.require().tenantId(), e.expiryStatus(LocalDate.now(clock)),
                evidences.supersederOf(e.id()).map(Evidence::id));
    }

    private static RuleViolationException inProgress(String key) {
        return new RuleViolationException("evidence.upload.in.progress", key);
    }
}

package com.greencert.evidence.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored evidence. {@link #find}, {@link #own} and {@link #byIdempotencyKey} see only the current
 * tenant's rows; {@link #findGranted} and {@link #grantedTo} are the one deliberate path across tenants,
 * and return only evidence with an active grant to the given tenant.
 */
public interface Evidences {

    Optional<Evidence> find(EvidenceId id);

    /** One page of the tenant's own evidence, newest upload first (retired pieces only if the filter asks). */
    Page<Evidence> own(EvidenceFilter filter, PageRequest page);

    /** How many pieces of evidence (every version) the tenant has. */
    long count();

    Optional<Evidence> byIdempotencyKey(String key);

    /** The version that superseded this one, if any. */
    Optional<Evidence> supersederOf(EvidenceId id);

    /** Which of these were superseded, and by what (superseded id → successor). */
    Map<String, EvidenceId> successorsOf(Collection<EvidenceId> ids);

    /**
     * One page of the tenant's latest versions (not superseded) of current pieces (not retired) that expire on
     * or before {@code until}, soonest first. The same pieces count in the two methods below.
     */
    Page<Evidence> latestExpiring(LocalDate until, PageRequest page);

    /** At most {@code max} of the tenant's latest versions that expire from {@code from} to {@code until} (included), soonest first. */
    List<Evidence> latestExpiringBetween(LocalDate from, LocalDate until, int max);

    /** How many latest versions expire before {@code day} (expired on that day). */
    long countLatestExpiringBefore(LocalDate day);

    /** The current tenant's evidence of one type, every version, retired pieces left out. */
    List<Evidence> ofType(EvidenceType type);

    void add(Evidence evidence);

    Optional<SharedEvidence> findGranted(EvidenceId id, TenantId grantee);

    /** One page of the evidence granted to the tenant, newest upload first (retired pieces only if the filter asks). */
    Page<SharedEvidence> grantedTo(TenantId grantee, EvidenceFilter filter, PageRequest page);
}

package com.greencert.evidence.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stored evidence. {@link #find}, {@link #all} and {@link #byIdempotencyKey} see only the current
 * tenant's rows; {@link #findGranted} and {@link #grantedTo} are the one deliberate path across tenants,
 * and return only evidence with an active grant to the given tenant.
 */
public interface Evidences {

    Optional<Evidence> find(EvidenceId id);

    List<Evidence> all();

    Optional<Evidence> byIdempotencyKey(String key);

    /** The version that superseded this one, if any. */
    Optional<Evidence> supersederOf(EvidenceId id);

    /** The current tenant's evidence of one type, every version. */
    List<Evidence> ofType(EvidenceType type);

    void add(Evidence evidence);

    Optional<SharedEvidence> findGranted(EvidenceId id, TenantId grantee);

    List<SharedEvidence> grantedTo(TenantId grantee);
}

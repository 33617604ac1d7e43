package com.greencert.evidence.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** Access grants as the caller's tenant sees them: as the evidence's owner or as the grantee. */
public interface EvidenceGrants {

    /** The active direct grant of a piece to a grantee. */
    Optional<EvidenceGrant> activeDirect(EvidenceId evidence, TenantId grantee);

    /** The active grant of a piece serving an application. */
    Optional<EvidenceGrant> activeFor(String application, EvidenceId evidence);

    /** The active grants serving an application. */
    List<EvidenceGrant> activeFor(String application);

    List<EvidenceGrant> of(EvidenceId evidence);

    void add(EvidenceGrant grant);
}

package com.greencert.evidence.domain;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.List;
import java.util.Optional;

/** Access grants as the caller's tenant sees them: as the evidence's owner or as the grantee. */
public interface EvidenceGrants {

    /** The active direct grant of a piece to a grantee. */
    Optional<EvidenceGrant> activeDirect(EvidenceId evidence, TenantId grantee);

    /** Any active grant of a piece to a grantee (direct, serving an application, or kept as a record). */
    Optional<EvidenceGrant> anyActive(EvidenceId evidence, TenantId grantee);

    /** The active grant of a piece serving an application. */
    Optional<EvidenceGrant> activeFor(String application, EvidenceId evidence);

    /** The active grants serving an application. */
    List<EvidenceGrant> activeFor(String application);

    /** One page of the evidence's grants the caller may see, oldest first (revoked ones included). */
    Page<EvidenceGrant> of(EvidenceId evidence, PageRequest page);

    void add(EvidenceGrant grant);
}

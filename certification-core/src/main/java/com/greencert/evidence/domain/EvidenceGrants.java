package com.greencert.evidence.domain;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.Optional;

/** Access grants of an owner's evidence (not tenant-filtered: every method names the owner). */
public interface EvidenceGrants {

    Optional<EvidenceGrant> active(TenantId owner, EvidenceId evidence, TenantId grantee);

    /** One page of the evidence's grants, oldest first (revoked ones included). */
    Page<EvidenceGrant> of(TenantId owner, EvidenceId evidence, PageRequest page);

    void add(EvidenceGrant grant);
}

package com.greencert.evidence.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** Access grants of an owner's evidence (not tenant-filtered: every method names the owner). */
public interface EvidenceGrants {

    Optional<EvidenceGrant> active(TenantId owner, EvidenceId evidence, TenantId grantee);

    List<EvidenceGrant> of(TenantId owner, EvidenceId evidence);

    void add(EvidenceGrant grant);
}

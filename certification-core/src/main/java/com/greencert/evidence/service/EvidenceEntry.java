package com.greencert.evidence.service;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceRecord;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.shared.domain.TenantId;
import java.util.Optional;

/**
 * A piece of evidence as a reader sees it: the record, whose it is, its expiry status today, and (for
 * the owner) the version that superseded it.
 */
public record EvidenceEntry(EvidenceRecord evidence, TenantId owner, ExpiryStatus expiryStatus,
        Optional<EvidenceId> supersededBy) {
}

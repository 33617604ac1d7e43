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

    /**
     * Whether this is the current version of a piece: the latest one (nothing supersedes it) of a piece not retired.
     * Only such a version takes a new version or is retired, as {@link EvidenceRetirement} and the upload refuse
     * otherwise; a screen asks this rather than deciding it again.
     */
    public boolean current() {
        return supersededBy.isEmpty() && !evidence.retired();
    }
}

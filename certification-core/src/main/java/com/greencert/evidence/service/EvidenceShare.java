package com.greencert.evidence.service;

import com.greencert.evidence.domain.EvidenceGrant;
import com.greencert.tenant.domain.Tenant;
import java.util.Optional;

/** One grant on a piece of evidence, with the tenant it was granted to (as the registry names it now). */
public record EvidenceShare(EvidenceGrant grant, Optional<Tenant> grantee) {
}

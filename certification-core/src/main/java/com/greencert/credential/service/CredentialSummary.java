package com.greencert.credential.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One issued credential, on its public facts: the certificate number, the scheme, holder and issuer, validity,
 * and its live state ({@code stateSince}: when it was suspended, revoked or superseded).
 */
public record CredentialSummary(CredentialId id, String certificateNumber, ApplicationId application,
        String schemeCode, String schemeVersion, String schemeName, TenantId supplier, String holderName,
        TenantId body, String issuerName, String issuerDid, LocalDate validFrom, LocalDate validUntil,
        Instant issuedAt, CredentialState state, Optional<Instant> stateSince) {
}

package com.greencert.credential.domain;

import com.greencert.certification.domain.ApplicationId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an issued credential stands, without its signed document: what the public registry reads for a thousand
 * suppliers at once (the certificate number and the facts of its live state).
 */
public record CredentialStanding(ApplicationId application, String certificateNumber, LocalDate validFrom,
        LocalDate validUntil, Instant suspendedAt, Instant revokedAt, Instant supersededAt) {

    /** As a query reads it (the application id as stored). */
    public CredentialStanding(String application, String certificateNumber, LocalDate validFrom, LocalDate validUntil,
            Instant suspendedAt, Instant revokedAt, Instant supersededAt) {
        this(ApplicationId.parse(application), certificateNumber, validFrom, validUntil, suspendedAt, revokedAt,
                supersededAt);
    }

    /** The live state on {@code today}, by the rule of {@link IssuedCredential#stateOn}. */
    public IssuedCredential.State stateOn(LocalDate today) {
        return IssuedCredential.stateOn(today, validFrom, validUntil, suspendedAt, revokedAt, supersededAt);
    }
}

package com.greencert.certification.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Blocker;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.NextStep;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a list or work queue: which application, for what, where it stands, what is next and by when,
 * and, when the reader cannot take that next step, why not ({@link Blocker}, from the domain's rules).
 */
public record ApplicationSummary(ApplicationId id, TenantId supplier, TenantId body, PartyName supplierName,
        PartyName bodyName, String schemeCode, int schemeVersion,
        String schemeName, ApplicationStatus status, Optional<NextStep> nextStep, boolean overdue,
        Optional<LocalDate> validUntil, Instant updatedAt, long version, Optional<Blocker> blocker) {
}

package com.greencert.evidence.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which evidence a list shows: of one type and/or one expiry status on a day (each optional); retired pieces
 * only when asked for ({@code withRetired}).
 */
public record EvidenceFilter(Optional<EvidenceType> type, Optional<ExpiryStatus> status, LocalDate today,
        boolean withRetired) {

    /** Current pieces only. */
    public static EvidenceFilter of(EvidenceType type, ExpiryStatus status, LocalDate today) {
        return of(type, status, today, false);
    }

    public static EvidenceFilter of(EvidenceType type, ExpiryStatus status, LocalDate today, boolean withRetired) {
        return new EvidenceFilter(Optional.ofNullable(type), Optional.ofNullable(status), today, withRetired);
    }

    /** The last day on which evidence still counts as {@link ExpiryStatus#EXPIRING} rather than valid. */
    public LocalDate expiringUntil() {
        return today.plusDays(ExpiryStatus.EXPIRING_WITHIN_DAYS);
    }
}

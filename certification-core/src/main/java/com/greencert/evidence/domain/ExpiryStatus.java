package com.greencert.evidence.domain;

import java.time.LocalDate;

/** Whether a piece of evidence is still good, derived from its expiry date and today (never stored). */
public enum ExpiryStatus {
    VALID,
    EXPIRING,
    EXPIRED,
    NO_EXPIRY;

    /** Evidence expiring within this many days is {@link #EXPIRING}. */
    public static final int EXPIRING_WITHIN_DAYS = 90;

    public static ExpiryStatus of(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return NO_EXPIRY;
        }
        if (expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS)) ? VALID : EXPIRING;
    }
}

package com.greencert.registry.domain;

import java.util.Locale;

/**
 * The live status of a supplier's certification as the registry shows and filters it. {@link #NONE} is the
 * facet value of a supplier without any certification. Declared from best to worst.
 */
public enum CertificationStatus {
    VALID,
    SUSPENDED,
    EXPIRED,
    WITHDRAWN,
    NONE;

    /**
     * The worse of two views of one certification (the certification's and its credential's): the registry never
     * shows a certificate as valid while either says otherwise. Withdrawn is worse than expired, expired than
     * suspended, suspended than valid.
     */
    public CertificationStatus orWorse(CertificationStatus other) {
        return other != null && other != NONE && other.ordinal() > ordinal() ? other : this;
    }

    /** The value in the index and in the API's {@code status} parameter. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

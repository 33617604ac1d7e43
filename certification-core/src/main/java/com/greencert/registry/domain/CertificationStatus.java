package com.greencert.registry.domain;

import java.util.Locale;

/**
 * The live status of a supplier's certification as the registry shows and filters it. {@link #NONE} is the
 * facet value of a supplier without any certification.
 */
public enum CertificationStatus {
    VALID,
    SUSPENDED,
    EXPIRED,
    WITHDRAWN,
    NONE;

    /** The value in the index and in the API's {@code status} parameter. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package com.greencert.credential.domain;

import java.util.Arrays;
import java.util.Optional;

/** The two status lists each body keeps: a set bit revokes (for good) or suspends (until cleared) a credential. */
public enum StatusPurpose {
    REVOCATION("revocation"),
    SUSPENSION("suspension");

    private final String value;

    StatusPurpose(String value) {
        this.value = value;
    }

    /** The {@code statusPurpose} value of the spec. */
    public String value() {
        return value;
    }

    public static Optional<StatusPurpose> of(String value) {
        return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst();
    }
}

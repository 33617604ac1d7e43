package com.greencert.criteria.domain;

import java.util.Locale;

/**
 * Why a criterion passed, failed or is unknown. Each has a text in English and Chinese in the domain's message
 * bundles under {@link #key()} ({@code match.reason.*}), filled with the line's arguments.
 */
public enum MatchReason {
    /** The supplier holds something this criterion needs and has not shared it with the buyer. Nothing more is told. */
    NOT_SHARED,
    /** Public data do not tell. */
    NOT_PUBLIC,
    NO_PRODUCTS,
    NO_FACILITIES,
    PRODUCTS_NOT_FOUND,
    CREDENTIAL_VALID,
    CREDENTIAL_COVERS_PRODUCTS,
    CREDENTIAL_NONE,
    CREDENTIAL_OTHER_BODY,
    CREDENTIAL_SUSPENDED,
    CREDENTIAL_REVOKED,
    CREDENTIAL_SUPERSEDED,
    CREDENTIAL_EXPIRED,
    CREDENTIAL_NOT_YET_VALID,
    CREDENTIAL_PRODUCT_NOT_COVERED,
    SVHC_NONE_ABOVE,
    SVHC_EXCEEDS,
    SVHC_MAY_EXCEED,
    SVHC_NOT_SCREENED,
    EVIDENCE_WITHIN,
    EVIDENCE_MISSING,
    EVIDENCE_TOO_OLD,
    EVIDENCE_EXPIRED,
    UN383_PRESENT,
    UN383_NOT_APPLICABLE,
    SYSTEM_VALID,
    SYSTEM_NONE,
    SYSTEM_NOT_VALID,
    SYSTEM_UNSTATED,
    VALUE_WITHIN,
    VALUE_OUTSIDE,
    VALUE_UNDECLARED,
    HAZARD_NONE,
    HAZARD_GHS_CLASS,
    HAZARD_STATEMENT,
    HAZARD_TRANSPORT_CLASS;

    private final String key = "match.reason." + name().toLowerCase(Locale.ROOT).replace('_', '.');

    /** The message key, e.g. {@code match.reason.not.shared}. */
    public String key() {
        return key;
    }
}

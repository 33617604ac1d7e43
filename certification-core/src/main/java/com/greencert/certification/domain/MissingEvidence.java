package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceType;

/** What keeps an application from being complete: a criterion lacks current evidence of one type. */
public record MissingEvidence(String criterionCode, EvidenceType evidenceType, Reason reason) {

    public enum Reason {
        /** No evidence of that type is attached. */
        MISSING,
        /** The attached evidence of that type has expired. */
        EXPIRED,
        /** The attached evidence was issued longer ago than the criterion allows. */
        TOO_OLD
    }
}

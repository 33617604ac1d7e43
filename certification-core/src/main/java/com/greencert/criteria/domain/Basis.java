package com.greencert.criteria.domain;

import com.greencert.shared.domain.UuidId;

/**
 * What an answer of the matcher rests on, as the buyer may see it: a credential (scheme, body, validity), a piece
 * of shared evidence (type, dates, SHA-256 of the file) or a product's data. Never anything the supplier withheld.
 */
public sealed interface Basis permits CredentialFact, EvidenceFact, ProductFact {

    /** The credential's, evidence's or product's id. */
    UuidId id();
}

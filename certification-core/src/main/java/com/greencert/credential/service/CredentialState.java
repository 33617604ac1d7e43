package com.greencert.credential.service;

/** The live state of an issued credential, as anyone may see it (expiry follows from its validity dates). */
public enum CredentialState {
    VALID,
    SUSPENDED,
    REVOKED,
    SUPERSEDED,
    EXPIRED,
    NOT_YET_VALID
}

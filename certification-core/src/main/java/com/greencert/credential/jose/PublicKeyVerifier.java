package com.greencert.credential.jose;

import com.nimbusds.jose.JWSVerifier;

/** A public key ready to check signatures (parse it once, keep it: the Ed25519 point is decoded once). */
public final class PublicKeyVerifier {

    private final String algorithm;
    private final JWSVerifier verifier;

    PublicKeyVerifier(String algorithm, JWSVerifier verifier) {
        this.algorithm = algorithm;
        this.verifier = verifier;
    }

    public String algorithm() {
        return algorithm;
    }

    JWSVerifier verifier() {
        return verifier;
    }
}

package com.greencert.credential.jose;

/** A fresh key pair: the algorithm, the private key's bytes (to be sealed at once) and the public key as a JWK. */
public record KeyMaterial(String algorithm, byte[] privateKey, String publicJwk) {

    /** Never prints the private key. */
    @Override
    public String toString() {
        return "KeyMaterial[" + algorithm + ", " + publicJwk + "]";
    }
}

package com.greencert.credential.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import java.util.Map;

/**
 * A compact JWS whose shape passed ({@link CredentialJose#parse}): size, encoding, depth, type and algorithm.
 * Nothing in it is trusted until {@link #verifiedBy} said so.
 */
public final class ParsedJws {

    private final JWSObject jws;
    private final Map<String, Object> payload;

    ParsedJws(JWSObject jws, Map<String, Object> payload) {
        this.jws = jws;
        this.payload = payload;
    }

    public String algorithm() {
        return jws.getHeader().getAlgorithm().getName();
    }

    public String keyId() {
        return jws.getHeader().getKeyID();
    }

    /** The credential: the JWS payload as JSON (maps, lists, strings, numbers, booleans). */
    public Map<String, Object> payload() {
        return payload;
    }

    public String payloadText() {
        return jws.getPayload().toString();
    }

    public boolean verifiedBy(PublicKeyVerifier key) {
        if (!key.algorithm().equals(algorithm())) {
            return false;
        }
        try {
            return key.verifier().verify(jws.getHeader(), jws.getSigningInput(), jws.getSignature());
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }
}

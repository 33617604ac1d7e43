package com.greencert.credential.jose;

import static org.assertj.core.api.Assertions.assertThat;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interoperability: a credential we sign (nimbus envelope, BouncyCastle Ed25519) verifies in an independent JOSE
 * implementation, jose4j (JDK crypto), from the public JWK as our DID document publishes it.
 */
class Jose4jInteropTest {

    @ParameterizedTest
    @ValueSource(strings = {"EdDSA", "ES256"})
    void our_credential_verifies_in_jose4j(String alg) throws Exception {
        KeyMaterial key = CredentialJose.generate(alg, CredentialJoseTest.KID);
        String compact = CredentialJose.sign(CredentialJoseTest.PAYLOAD, CredentialJoseTest.KID, alg, key.privateKey());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, alg));
        jws.setCompactSerialization(compact);
        jws.setKey(JsonWebKey.Factory.newJwk(key.publicJwk()).getKey());
        assertThat(jws.verifySignature()).isTrue();
        assertThat(jws.getHeader("typ")).isEqualTo("vc+jwt");
        assertThat(jws.getHeader("cty")).isEqualTo("vc");
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo(CredentialJoseTest.KID);
        assertThat(jws.getPayload()).isEqualTo(CredentialJoseTest.PAYLOAD);

        String tampered = compact.substring(0, compact.lastIndexOf('.') - 2) + "AA" + compact.substring(compact.lastIndexOf('.'));
        JsonWebSignature bad = new JsonWebSignature();
        bad.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, alg));
        bad.setCompactSerialization(tampered);
        bad.setKey(JsonWebKey.Factory.newJwk(key.publicJwk()).getKey());
        assertThat(bad.verifySignature()).isFalse();
    }
}

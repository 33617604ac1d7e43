package com.greencert.credential.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** A nimbus signer for {@code EdDSA} over Ed25519, signing with BouncyCastle. Holds the private key: never log it. */
final class BcEd25519Signer implements JWSSigner {

    private final Ed25519PrivateKeyParameters key;
    private final JCAContext jca = new JCAContext();

    BcEd25519Signer(byte[] rawPrivateKey) {
        this.key = new Ed25519PrivateKeyParameters(rawPrivateKey, 0);
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
            throw new JOSEException("only EdDSA");
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(signingInput, 0, signingInput.length);
        return Base64URL.encode(signer.generateSignature());
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.EdDSA);
    }

    @Override
    public JCAContext getJCAContext() {
        return jca;
    }

    @Override
    public String toString() {
        return "BcEd25519Signer";
    }
}

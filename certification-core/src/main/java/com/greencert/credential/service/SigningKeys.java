package com.greencert.credential.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.DidWeb;
import com.greencert.credential.domain.KeySealer;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.credential.jose.KeyMaterial;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bodies' signing keys inside the issuing service: the current key (made when a body first needs one),
 * new keys (rotation), and signing. The private key is opened from its sealed form only to sign and wiped right
 * after; it never reaches a log, an answer or the audit log. Callers hold the body's issuer lock
 * ({@link com.greencert.credential.domain.Credentials#lockIssuer}) when they may create a key.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    Credentials credentials;

    @Inject
    GreenCertConfig config;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    private volatile DidWeb didWeb;

    /** This portal's did:web identifiers (from {@code greencert.public-url}). */
    public DidWeb did() {
        DidWeb d = didWeb;
        if (d == null) {
            d = new DidWeb(config.publicUrl());
            didWeb = d;
        }
        return d;
    }

    /** The key new credentials of the body are signed with, made now if the body has none in service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SigningKey current(TenantId body) {
        List<SigningKey> keys = credentials.keysOfForUpdate(body);
        return keys.stream().filter(SigningKey::current).reduce((a, b) -> b)
                .orElseGet(() -> create(body, keys.size() + 1, keys.isEmpty() ? "first key" : "no key in service"));
    }

    /** A new current key; the body's other keys retire (they keep verifying what they signed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public SigningKey rotate(TenantId body) {
        List<SigningKey> keys = credentials.keysOfForUpdate(body);
        keys.forEach(k -> k.retire(clock.instant()));
        return create(body, keys.size() + 1, "rotation");
    }

    private SigningKey create(TenantId body, int number, String why) {
        KeySealer sealer = sealer();
        String kid = did().did(body.value()) + "#key-" + number;
        KeyMaterial material = CredentialJose.generate(algorithm(), kid);
        try {
            SigningKey key = new SigningKey(kid, body, material.algorithm(), material.publicJwk(),
                    sealer.seal(material.privateKey(), kid), clock.instant());
            credentials.add(key);
            trail.record(body, "credential.key.created", "signing-key", kid, material.algorithm() + "; " + why);
            LOG.info(() -> "signing key " + kid + " (" + material.algorithm() + ") created: " + why);
            return key;
        } finally {
            Arrays.fill(material.privateKey(), (byte) 0);
        }
    }

    /** Signs the credential JSON with the key. */
    public String sign(SigningKey key, String payloadJson) {
        byte[] privateKey = sealer().open(key.sealedPrivateKey(), key.keyId());
        try {
            return CredentialJose.sign(payloadJson, key.keyId(), key.algorithm(), privateKey);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    private String algorithm() {
        String alg = config.credentialAlgorithm();
        return CredentialJose.ES256.equalsIgnoreCase(alg) ? CredentialJose.ES256 : CredentialJose.EDDSA;
    }

    private KeySealer sealer() {
        String kek = config.credentialKek().orElseThrow(() -> {
            LOG.severe("greencert.credential.kek (GREENCERT_CREDENTIAL_KEK) is not set: no credential can be issued");
            return new RuleViolationException("credential.kek.missing");
        });
        try {
            return KeySealer.fromBase64(kek);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "greencert.credential.kek is not base64 of 32 bytes: no credential can be issued");
            throw new RuleViolationException("credential.kek.missing");
        }
    }
}

package com.greencert.credential.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Makes and reads the JOSE envelope of credentials (VC-JOSE-COSE): compact JWS, {@code typ: vc+jwt},
 * {@code cty: vc}, {@code kid} the DID URL of the issuer's key, the payload the credential itself. Only
 * {@code EdDSA} (Ed25519) and {@code ES256} are signed or accepted.
 */
public final class CredentialJose {

    public static final String EDDSA = "EdDSA";
    public static final String ES256 = "ES256";
    public static final Set<String> ALGORITHMS = Set.of(EDDSA, ES256);
    public static final String TYP = "vc+jwt";
    public static final String CTY = "vc";
    /** The largest credential read: 64 KiB. */
    public static final int MAX_CHARS = 64 * 1024;
    /** The deepest JSON read (header or payload). */
    public static final int MAX_DEPTH = 32;

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CredentialJose() {
    }

    /** A new key pair for {@code algorithm}; the JWK carries {@code kid}. */
    public static KeyMaterial generate(String algorithm, String kid) {
        try {
            if (EDDSA.equals(algorithm)) {
                Ed25519PrivateKeyParameters priv = new Ed25519PrivateKeyParameters(RANDOM);
                String jwk = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(priv.generatePublicKey().getEncoded()))
                        .keyID(kid).algorithm(JWSAlgorithm.EdDSA).keyUse(KeyUse.SIGNATURE).build().toJSONString();
                return new KeyMaterial(algorithm, priv.getEncoded(), jwk);
            }
            if (ES256.equals(algorithm)) {
                KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
                gen.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
                KeyPair pair = gen.generateKeyPair();
                String jwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).keyID(kid)
                        .algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE).build().toJSONString();
                return new KeyMaterial(algorithm, pair.getPrivate().getEncoded(), jwk);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a " + algorithm + " key", e);
        }
        throw new IllegalArgumentException("unsupported algorithm " + algorithm + " (EdDSA or ES256)");
    }

    /** Signs the credential JSON as a compact JWS. */
    public static String sign(String payloadJson, String kid, String algorithm, byte[] privateKey) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(algorithm)).type(new JOSEObjectType(TYP))
                .contentType(CTY).keyID(kid).build();
        JWSObject jws = new JWSObject(header, new Payload(payloadJson));
        try {
            jws.sign(signer(algorithm, privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with " + kid, e);
        }
        return jws.serialize();
    }

    /** The credential JSON of a map (compact). */
    public static String json(Map<String, ?> object) {
        return JSONObjectUtils.toJSONString(object);
    }

    /** JSON text of a map, indented (for people: the decoded credential download). */
    public static String pretty(Map<String, ?> object) {
        return new com.nimbusds.jose.shaded.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(object);
    }

    private static JWSSigner signer(String algorithm, byte[] privateKey) throws JOSEException {
        if (EDDSA.equals(algorithm)) {
            return new BcEd25519Signer(privateKey);
        }
        if (ES256.equals(algorithm)) {
            try {
                ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
                return new ECDSASigner(key);
            } catch (GeneralSecurityException e) {
                throw new JOSEException("not an EC private key", e);
            }
        }
        throw new JOSEException("unsupported algorithm " + algorithm);
    }

    /** A verifier for a public JWK as stored (Ed25519 OKP or P-256 EC). */
    public static PublicKeyVerifier verifier(String publicJwk) {
        try {
            JWK jwk = JWK.parse(publicJwk);
            if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
                return new PublicKeyVerifier(EDDSA, new BcEd25519Verifier(okp.getX().decode()));
            }
            if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
                return new PublicKeyVerifier(ES256, new ECDSAVerifier(ec.toECPublicKey()));
            }
        } catch (ParseException | JOSEException e) {
            throw new IllegalArgumentException("not a usable public JWK", e);
        }
        throw new IllegalArgumentException("not an Ed25519 or P-256 public JWK");
    }

    /** The public JWK as a JSON object (for a DID document). */
    public static Map<String, Object> jwkObject(String publicJwk) {
        try {
            return JWK.parse(publicJwk).toPublicJWK().toJSONObject();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWK", e);
        }
    }

    /**
     * Reads a compact JWS credential as far as its shape goes, refusing (with the verifier's reason): over
     * 64 KiB {@code too-large}; not three base64url parts or not JSON {@code malformed}; JSON nested deeper
     * than 32 {@code too-deep}; an algorithm other than EdDSA/ES256 {@code algorithm-not-allowed} (so
     * {@code none} and HS256 never reach a key); a {@code typ} other than {@code vc+jwt} {@code wrong-type}.
     */
    public static ParsedJws parse(String compact) throws JoseRefusal {
        if (compact == null || compact.isBlank()) {
            throw new JoseRefusal("malformed", "empty");
        }
        if (compact.length() > MAX_CHARS) {
            throw new JoseRefusal("too-large", "over " + MAX_CHARS + " characters");
        }
        String text = compact.strip();
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || !BASE64URL.matcher(parts[0]).matches() || !BASE64URL.matcher(parts[1]).matches()
                || !parts[2].isEmpty() && !BASE64URL.matcher(parts[2]).matches()) {
            throw new JoseRefusal("malformed", "not a compact JWS");
        }
        String headerJson = decode(parts[0]);
        JsonDepth.check(headerJson);
        Map<String, Object> header = object(headerJson);
        Object alg = header.get("alg");
        if (!(alg instanceof String a) || !ALGORITHMS.contains(a)) {
            throw new JoseRefusal("algorithm-not-allowed", "alg " + alg);
        }
        if (!TYP.equals(header.get("typ"))) {
            throw new JoseRefusal("wrong-type", "typ " + header.get("typ"));
        }
        if (parts[2].isEmpty()) {
            throw new JoseRefusal("malformed", "no signature");
        }
        String payloadJson = decode(parts[1]);
        JsonDepth.check(payloadJson);
        Map<String, Object> payload = object(payloadJson);
        try {
            return new ParsedJws(JWSObject.parse(text), payload);
        } catch (ParseException | RuntimeException e) {
            throw new JoseRefusal("malformed", "not a JWS");
        }
    }

    /**
     * The compact JWS inside a JSON envelope {@code {"credential": "<jws>"}} (bounded like the JWS itself), or the
     * text itself when it is not JSON.
     */
    public static String unwrap(String text) throws JoseRefusal {
        if (text == null) {
            throw new JoseRefusal("malformed", "empty");
        }
        if (text.length() > MAX_CHARS + 1024) {
            throw new JoseRefusal("too-large", "over " + MAX_CHARS + " characters");
        }
        String t = text.strip();
        if (!t.startsWith("{")) {
            return t;
        }
        JsonDepth.check(t);
        Object credential = object(t).get("credential");
        if (!(credential instanceof String jws)) {
            throw new JoseRefusal("malformed", "no credential in the envelope");
        }
        return jws;
    }

    private static String decode(String part) throws JoseRefusal {
        if (part.length() % 4 == 1) {
            throw new JoseRefusal("malformed", "bad base64url");
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(part);
            var decoder = StandardCharsets.UTF_8.newDecoder();
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            throw new JoseRefusal("malformed", "bad base64url or UTF-8");
        }
    }

    private static Map<String, Object> object(String json) throws JoseRefusal {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException | RuntimeException e) {
            throw new JoseRefusal("malformed", "not a JSON object");
        }
    }
}

package com.greencert.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Tokens no honest client has: an expired one signed with the realm's own (dev-only, fixed) key, and a
 * real token with its payload altered after signing.
 */
final class ForgedTokens {

    private ForgedTokens() {
    }

    /** The claims of a real token, re-signed with the realm key but expired an hour ago. */
    static String expiredCopyOf(String realToken) throws Exception {
        SignedJWT real = SignedJWT.parse(realToken);
        JWTClaimsSet claims = new JWTClaimsSet.Builder(real.getJWTClaimsSet())
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .build();
        SignedJWT expired = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(real.getHeader().getKeyID()).build(), claims);
        expired.sign(new RSASSASigner(realmPrivateKey()));
        return expired.serialize();
    }

    /** The real token with another organization written into its payload; the signature no longer fits. */
    static String tampered(String realToken, String otherOrganization) throws ParseException {
        String[] parts = realToken.split("\\.");
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(realToken).getJWTClaimsSet())
                .claim("organization", java.util.List.of(otherOrganization)).build();
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static PrivateKey realmPrivateKey() throws Exception {
        try (InputStream in = ForgedTokens.class.getResourceAsStream("/realm/greencert-realm.json")) {
            JsonObject realm = Json.createReader(in).readObject();
            String pem = realm.getJsonObject("components").getJsonArray("org.keycloak.keys.KeyProvider").stream()
                    .map(JsonObject.class::cast)
                    .filter(c -> "rsa".equals(c.getString("providerId")))
                    .findFirst().orElseThrow()
                    .getJsonObject("config").getJsonArray("privateKey").getString(0);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
        }
    }
}

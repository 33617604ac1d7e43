package com.greencert.credential.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JOSE envelope: what we sign verifies, and every shape the verifier must refuse is refused with its reason. */
class CredentialJoseTest {

    static final String KID = "did:web:localhost%3A8080:bodies:sinoeco#key-1";
    static final String PAYLOAD = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"urn:uuid:1\",\"n\":1}";

    @ParameterizedTest
    @ValueSource(strings = {"EdDSA", "ES256"})
    void signs_vc_jwt_that_verifies_with_its_key_only(String alg) throws Exception {
        KeyMaterial key = CredentialJose.generate(alg, KID);
        String jws = CredentialJose.sign(PAYLOAD, KID, alg, key.privateKey());

        ParsedJws parsed = CredentialJose.parse(jws);
        assertThat(parsed.algorithm()).isEqualTo(alg);
        assertThat(parsed.keyId()).isEqualTo(KID);
        assertThat(parsed.payload()).containsEntry("id", "urn:uuid:1");
        assertThat(header(jws)).contains("\"typ\":\"vc+jwt\"", "\"cty\":\"vc\"");
        assertThat(parsed.verifiedBy(CredentialJose.verifier(key.publicJwk()))).isTrue();

        KeyMaterial other = CredentialJose.generate(alg, KID);
        assertThat(parsed.verifiedBy(CredentialJose.verifier(other.publicJwk()))).as("another key").isFalse();
        assertThat(key.publicJwk()).doesNotContain("\"d\"");
        assertThat(key.toString()).doesNotContain(Base64.getEncoder().encodeToString(key.privateKey()));
    }

    @Test
    void tampered_payload_or_header_fails_the_signature() throws Exception {
        KeyMaterial key = CredentialJose.generate("EdDSA", KID);
        String[] parts = CredentialJose.sign(PAYLOAD, KID, "EdDSA", key.privateKey()).split("\\.");
        PublicKeyVerifier verifier = CredentialJose.verifier(key.publicJwk());

        String payload = b64(PAYLOAD.replace("\"n\":1", "\"n\":2"));
        assertThat(CredentialJose.parse(parts[0] + "." + payload + "." + parts[2]).verifiedBy(verifier)).isFalse();
        String header = b64(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).replace("\"cty\":\"vc\"", "\"cty\":\"x\""));
        assertThat(CredentialJose.parse(header + "." + parts[1] + "." + parts[2]).verifiedBy(verifier)).isFalse();
        KeyMaterial es = CredentialJose.generate("ES256", KID);
        assertThat(CredentialJose.parse(parts[0] + "." + parts[1] + "." + parts[2]).verifiedBy(CredentialJose.verifier(es.publicJwk())))
                .as("EdDSA credential against a P-256 key").isFalse();
    }

    @Test
    void refuses_alg_none_and_hs256_with_the_public_key_as_secret() throws Exception {
        KeyMaterial key = CredentialJose.generate("EdDSA", KID);
        String body = b64(PAYLOAD);
        String none = b64("{\"alg\":\"none\",\"typ\":\"vc+jwt\",\"kid\":\"" + KID + "\"}") + "." + body + ".";
        assertRefused(none, "algorithm-not-allowed");

        String hsHeader = b64("{\"alg\":\"HS256\",\"typ\":\"vc+jwt\",\"kid\":\"" + KID + "\"}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.publicJwk().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal((hsHeader + "." + body).getBytes(StandardCharsets.US_ASCII)));
        assertRefused(hsHeader + "." + body + "." + sig, "algorithm-not-allowed");
        assertRefused(b64("{\"typ\":\"vc+jwt\"}") + "." + body + ".AAAA", "algorithm-not-allowed");
    }

    @Test
    void refuses_wrong_type_malformed_too_large_and_too_deep() throws Exception {
        KeyMaterial key = CredentialJose.generate("EdDSA", KID);
        String jws = CredentialJose.sign(PAYLOAD, KID, "EdDSA", key.privateKey());
        String[] parts = jws.split("\\.");
        assertRefused(b64("{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2], "wrong-type");
        assertRefused(b64("{\"alg\":\"EdDSA\"}") + "." + parts[1] + "." + parts[2], "wrong-type");
        assertRefused("not a jwt", "malformed");
        assertRefused(parts[0] + "." + parts[1], "malformed");
        assertRefused(parts[0] + ".@@@." + parts[2], "malformed");
        assertRefused(parts[0] + "." + b64("[1,2]") + "." + parts[2], "malformed");
        assertRefused(parts[0] + "." + b64("{\"a\":") + "." + parts[2], "malformed");
        assertRefused(b64("{not json") + "." + parts[1] + "." + parts[2], "malformed");
        assertRefused(parts[0] + "." + parts[1] + "." + "A".repeat(70_000), "too-large");
        assertRefused(parts[0] + "." + b64("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}") + "." + parts[2], "too-deep");
        assertThat(JsonDepth.depth("{\"a\":\"[[[[\",\"b\":[{}]}")).isEqualTo(3);
    }

    @Test
    void reads_the_json_envelope() throws Exception {
        assertThat(CredentialJose.unwrap(" {\"credential\":\"a.b.c\"} ")).isEqualTo("a.b.c");
        assertThat(CredentialJose.unwrap("a.b.c")).isEqualTo("a.b.c");
        assertThatThrownBy(() -> CredentialJose.unwrap("{\"credential\":3}")).isInstanceOf(JoseRefusal.class);
        assertThatThrownBy(() -> CredentialJose.unwrap("{" + "\"a\":{".repeat(40) + "}".repeat(41)))
                .isInstanceOf(JoseRefusal.class).extracting(e -> ((JoseRefusal) e).reason()).isEqualTo("too-deep");
    }

    @Test
    void public_jwk_object_has_no_private_part() {
        KeyMaterial key = CredentialJose.generate("EdDSA", KID);
        Map<String, Object> jwk = CredentialJose.jwkObject(key.publicJwk());
        assertThat(jwk).containsEntry("kty", "OKP").containsEntry("crv", "Ed25519").containsEntry("kid", KID).doesNotContainKey("d");
    }

    static void assertRefused(String jws, String reason) {
        assertThatThrownBy(() -> CredentialJose.parse(jws)).as(reason).isInstanceOf(JoseRefusal.class)
                .extracting(e -> ((JoseRefusal) e).reason()).isEqualTo(reason);
    }

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String header(String jws) {
        return new String(Base64.getUrlDecoder().decode(jws.split("\\.")[0]), StandardCharsets.UTF_8);
    }
}

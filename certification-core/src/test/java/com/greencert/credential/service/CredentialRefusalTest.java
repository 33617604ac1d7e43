package com.greencert.credential.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.CertifiedFixture;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.credential.jose.KeyMaterial;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each refusal reason of the verifier that keys made in the test can show, with a valid signature where it matters. */
class CredentialRefusalTest {

    final CredentialHarness h = new CredentialHarness();
    IssuedCredential issued;
    SigningKey key;

    @BeforeEach
    void grant() {
        h.changed(CertifiedFixture.granted(), "application.decide");
        issued = h.credentials.issued.getFirst();
        key = h.credentials.keys.getFirst();
    }

    @Test
    void unknown_context_even_with_a_valid_signature() {
        assertReason(resigned(vc -> vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "https://evil.example/ctx"))),
                "unknown-context");
        assertReason(resigned(vc -> vc.put("@context", List.of("https://test.uncefact.org/vocabulary/untp/dcc/0.6.0/",
                "https://www.w3.org/ns/credentials/v2"))), "unknown-context");
        assertReason(resigned(vc -> vc.remove("@context")), "unknown-context");
    }

    @Test
    void unknown_issuer_is_a_foreign_did_or_a_tenant_that_is_no_body() {
        assertReason(resigned(vc -> vc.put("issuer", "did:web:evil.example:bodies:sinoeco-cert")), "unknown-issuer");
        assertReason(resigned(vc -> vc.put("issuer", "did:web:localhost%3A8080:bodies:nobody")), "unknown-issuer");
        h.tenantMap.put(TenantId.of("zhejiang-greenpower"), new Tenant(TenantId.of("zhejiang-greenpower"), "Zhejiang GreenPower Ltd",
                null, TenantType.SUPPLIER, "CN", Instant.EPOCH));
        assertReason(resigned(vc -> vc.put("issuer", "did:web:localhost%3A8080:bodies:zhejiang-greenpower")), "unknown-issuer");
    }

    @Test
    void unknown_key_and_signatures_by_another_key_or_over_changed_content() {
        KeyMaterial stranger = CredentialJose.generate("EdDSA", key.keyId());
        String payload = payloadText(issued.jws());
        assertReason(CredentialJose.sign(payload, key.keyId().replace("#key-1", "#key-9"), "EdDSA", stranger.privateKey()),
                "unknown-key");
        assertReason(CredentialJose.sign(payload, key.keyId(), "EdDSA", stranger.privateKey()), "bad-signature");
        String[] parts = issued.jws().split("\\.");
        String changed = b64(payload.replace("Zhejiang GreenPower Ltd", "Zhejiang GreenPower Ltd."));
        assertReason(parts[0] + "." + changed + "." + parts[2], "bad-signature");
    }

    @Test
    void crafted_dates_signed_by_the_body_fail_validity_not_the_key() {
        assertReason(resigned(vc -> {
            vc.put("validFrom", "2023-01-01T00:00:00Z");
            vc.put("validUntil", "2026-02-28T23:59:59Z");
        }), "expired");
        assertReason(resigned(vc -> vc.put("validFrom", "2026-04-01T00:00:00Z")), "not-yet-valid");
        assertReason(resigned(vc -> Json.object(Json.object(vc.get("credentialSubject")).get("scope")).put("schemeCode", "NOPE")),
                "not-accredited");
    }

    @Test
    void a_key_not_in_service_on_the_date_of_issue() {
        assertReason(resigned(vc -> vc.put("iat", key.createdAt().minusSeconds(86_400).getEpochSecond())),
                "key-not-valid-at-issuance");
    }

    @Test
    void a_holder_that_no_longer_matches_the_registry() {
        h.tenantMap.put(CredentialHarness.SUPPLIER, new Tenant(CredentialHarness.SUPPLIER, "Zhejiang GreenPower Group",
                "浙江绿能有限公司", TenantType.SUPPLIER, "CN", Instant.EPOCH));
        h.trust.clear();
        VerificationReport report = h.verification.verify(issued.jws(), Locale.ENGLISH);
        assertThat(report.reason()).contains("registry-mismatch");
        assertThat(CredentialLifecycleTest.check(report, "signature").outcome()).isEqualTo(VerificationCheck.Outcome.PASSED);
    }

    @Test
    void shape_refusals_reach_the_report_with_later_checks_not_checked_and_words_in_both_languages() {
        VerificationReport none = h.verification.verify(b64("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}") + "." + b64("{}") + ".",
                Locale.SIMPLIFIED_CHINESE);
        assertThat(none.reason()).contains("algorithm-not-allowed");
        assertThat(none.summary()).contains("不接受");
        assertThat(none.checks()).filteredOn(c -> c.outcome() == VerificationCheck.Outcome.NOT_CHECKED).hasSize(9);
        assertThat(none.credential()).isEmpty();
        assertThat(h.verification.verify("x".repeat(70_000), Locale.ENGLISH).reason()).contains("too-large");
        assertThat(h.verification.verify("{\"credential\":" + "[".repeat(40) + "]".repeat(40) + "}", Locale.ENGLISH).reason())
                .contains("too-deep");
        assertThat(h.verification.verify("%%%.%%%.%%%", Locale.ENGLISH).reason()).contains("malformed");
        String[] parts = issued.jws().split("\\.");
        assertThat(h.verification.verify(b64("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + key.keyId() + "\"}") + "."
                + parts[1] + "." + parts[2], Locale.ENGLISH).reason()).contains("wrong-type");
    }

    @Test
    void every_reason_has_words_in_both_bundles() throws Exception {
        for (String bundle : List.of("verification.properties", "verification_zh_CN.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String reason : List.of("malformed", "too-large", "too-deep", "wrong-type", "algorithm-not-allowed",
                    "unknown-context", "unknown-issuer", "unknown-key", "bad-signature", "key-compromised",
                    "key-not-valid-at-issuance", "not-accredited", "expired", "not-yet-valid", "revoked", "suspended",
                    "superseded", "registry-mismatch")) {
                assertThat(p.getProperty("reason." + reason)).as(bundle + " " + reason).isNotBlank();
            }
            for (String check : CredentialVerification.CHECKS) {
                assertThat(p.getProperty("passed." + check)).as(bundle + " " + check).isNotBlank();
            }
        }
    }

    private void assertReason(String jws, String reason) {
        VerificationReport report = h.verification.verify(jws, Locale.ENGLISH);
        assertThat(report.valid()).as(reason).isFalse();
        assertThat(report.reason()).as(report.summary()).contains(reason);
        assertThat(report.summary()).doesNotContain("sealed");
    }

    /** The issued credential changed by {@code edit} and signed again with the body's own key. */
    private String resigned(Consumer<Map<String, Object>> edit) {
        try {
            Map<String, Object> vc = new LinkedHashMap<>(CredentialJose.parse(issued.jws()).payload());
            edit.accept(vc);
            return h.keys.sign(key, CredentialJose.json(vc));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String payloadText(String jws) {
        return new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unused")
    private static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}

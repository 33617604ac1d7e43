package com.greencert.it;

import static com.greencert.it.PublicCredentialsFixture.VC_JWT;
import static com.greencert.it.PublicCredentialsFixture.b64;
import static com.greencert.it.PublicCredentialsFixture.checked;
import static com.greencert.it.PublicCredentialsFixture.header;
import static com.greencert.it.PublicCredentialsFixture.payload;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public verification over HTTP, black-box, without the body's private key: a credential granted through
 * the API verifies with every check passed; each forgery an outsider can make is refused with its own reason
 * (never a 500); the size bound, the depth bound and the rate limit answer problems; suspending and restoring
 * through the API flips the answer and the published status bit; nothing leaks private key material.
 */
@ExtendWith(StackExtension.class)
class PublicVerifyIT {

    private static PublicCredentialsFixture fx;
    private static String application;
    private static String credentialId;
    private static String jws;
    private static JsonObject realHeader;
    private static JsonObject realPayload;
    private static String issuerDid;

    @BeforeAll
    static void setUp(Stack stack) {
        fx = new PublicCredentialsFixture(stack);
        application = fx.grantedApplication();
        credentialId = fx.credentialOf(application).getString("id");
        jws = fx.jws(credentialId);
        realHeader = header(jws);
        realPayload = payload(jws);
        issuerDid = PublicCredentialsFixture.issuer(realPayload);
    }

    @Test
    void a_granted_credential_verifies_with_every_check_passed_in_any_body_shape() {
        for (Api.Reply reply : List.of(fx.verify(VC_JWT, jws), fx.verify("text/plain", jws),
                fx.verify("application/json", "{\"credential\":\"" + jws + "\"}"))) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonObject report = reply.json();
            assertThat(report.getBoolean("valid")).as(reply.body()).isTrue();
            assertThat(report.getJsonArray("checks")).isNotEmpty();
            report.getJsonArray("checks").getValuesAs(JsonObject.class)
                    .forEach(c -> assertThat(c.getString("outcome")).as(c.toString()).isEqualTo("PASSED"));
            JsonObject credential = report.getJsonObject("credential");
            assertThat(credential.getString("id")).isEqualTo(credentialId);
            assertThat(credential.getString("certificateNumber")).isNotBlank();
            assertThat(credential.getString("state")).isEqualTo("VALID");
            assertThat(credential.containsKey("application")).as("the application is private").isFalse();
            assertThat(report.getJsonObject("supplier").getString("url")).endsWith("/suppliers/zhejiang-greenpower");
            assertThat(reply.body()).doesNotContain(application);
        }
        Api.Reply chinese = fx.verify(VC_JWT, jws, "Accept-Language", "zh-CN,zh;q=0.9");
        assertThat(chinese.json().getString("summary")).containsPattern("\\p{IsHan}");
        assertThat(chinese.json().getJsonArray("checks").getJsonObject(0).getString("message")).containsPattern("\\p{IsHan}");
        assertThat(fx.verify(VC_JWT, jws, "Accept-Language", "en").json().getString("summary")).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void malformed_input_is_refused_as_malformed() {
        assertThat(fx.refusal("eyJhbGciOiJFZERTQSJ9.!!!not base64!!!.abc")).isEqualTo("malformed");
        assertThat(fx.refusal(b64("{\"alg\":\"EdDSA\",") + "." + jws.split("\\.")[1] + "." + jws.split("\\.")[2]))
                .isEqualTo("malformed");
        assertThat(fx.refusal("not a jws at all")).isEqualTo("malformed");
        assertThat(fx.refusal("")).isEqualTo("malformed");
        Api.Reply envelope = fx.verify("application/json", "{\"credential\": 42}");
        assertThat(envelope.status()).as(envelope.body()).isEqualTo(200);
        assertThat(envelope.json().getString("reason")).isEqualTo("malformed");
    }

    @Test
    void algorithm_none_and_hs256_with_the_public_key_as_secret_are_not_allowed() {
        String payload = realPayload.toString();
        String none = b64(headerWith("alg", "none")) + "." + b64(payload) + ".";
        assertThat(fx.refusal(none)).isEqualTo("algorithm-not-allowed");
        // the body's public key, from its public DID document, as the HMAC secret
        JsonObject did = fx.publicGet(PublicCredentialsFixture.didPath(issuerDid)).json();
        JsonObject jwk = did.getJsonArray("verificationMethod").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(realHeader.getString("kid"))
                        || (did.getString("id") + m.getString("id")).equals(realHeader.getString("kid")))
                .findFirst().orElseThrow().getJsonObject("publicKeyJwk");
        for (byte[] secret : List.of(jwk.toString().getBytes(StandardCharsets.UTF_8),
                Base64.getUrlDecoder().decode(jwk.getString("x")))) {
            assertThat(fx.refusal(PublicCredentialsFixture.hs256(headerWith("alg", "HS256"), payload, secret)))
                    .isEqualTo("algorithm-not-allowed");
        }
    }

    @Test
    void a_wrong_type_is_refused() {
        String forged = fx.signedByAttacker(headerWith("typ", "JWT"), realPayload.toString());
        assertThat(fx.refusal(forged)).isEqualTo("wrong-type");
    }

    @Test
    void an_unknown_key_of_a_real_issuer_and_an_unknown_issuer_are_refused() {
        String unknownKey = fx.signedByAttacker(headerWith("kid", issuerDid + "#key-" + UUID.randomUUID()),
                realPayload.toString());
        assertThat(fx.refusal(unknownKey)).isEqualTo("unknown-key");

        String stranger = "did:web:verifier-must-not-fetch.example:bodies:nobody";
        JsonObject foreignPayload = Json.createObjectBuilder(realPayload).add("issuer", stranger).build();
        String unknownIssuer = fx.signedByAttacker(headerWith("kid", stranger + "#key-1"), foreignPayload.toString());
        assertThat(fx.refusal(unknownIssuer)).isEqualTo("unknown-issuer");
    }

    @Test
    void a_tampered_payload_a_tampered_header_and_another_keys_signature_are_bad_signatures() {
        String[] parts = jws.split("\\.");
        JsonObject longer = Json.createObjectBuilder(realPayload).add("validUntil", "2099-12-31T23:59:59Z").build();
        assertThat(fx.refusal(parts[0] + "." + b64(longer.toString()) + "." + parts[2])).isEqualTo("bad-signature");
        // one character of the payload changed, the rest byte for byte the issued credential
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        int at = payload.indexOf(credentialId) + 1;
        String flipped = payload.substring(0, at) + (payload.charAt(at) == 'a' ? 'b' : 'a') + payload.substring(at + 1);
        assertThat(fx.refusal(parts[0] + "." + b64(flipped) + "." + parts[2])).isEqualTo("bad-signature");

        JsonObject moreHeader = Json.createObjectBuilder(realHeader).add("x-tampered", true).build();
        assertThat(fx.refusal(b64(moreHeader.toString()) + "." + parts[1] + "." + parts[2])).isEqualTo("bad-signature");

        assertThat(fx.refusal(fx.signedByAttacker(realHeader.toString(), realPayload.toString())))
                .isEqualTo("bad-signature");
    }

    @Test
    void over_64_kb_is_a_413_problem_whether_declared_or_not() {
        String big = jws + "A".repeat(64 * 1024);
        Api.Reply declared = fx.verify(VC_JWT, big);
        assertProblem(declared, 413, "verify.too.large");
        // chunked: no length to judge by, so the portal reads 64 KB + 1 and stops
        Api.Reply chunked = checked(Api.send(HttpRequest.newBuilder(URI.create(fx.stack.portalUrl() + "/api/public/verify"))
                .header("Content-Type", VC_JWT).header("X-Forwarded-For", PublicCredentialsFixture.freshAddress())
                .header("Accept-Language", "zh-CN")
                .POST(PublicCredentialsFixture.chunked(big.getBytes(StandardCharsets.US_ASCII)))));
        assertProblem(chunked, 413, "verify.too.large");
        assertThat(chunked.json().getString("detail")).containsPattern("\\p{IsHan}");
        // exactly 64 KB is read and verified (and is no credential)
        Api.Reply limit = fx.verify(VC_JWT, "A".repeat(64 * 1024));
        assertThat(limit.status()).as(limit.body()).isEqualTo(200);
        assertThat(limit.json().getString("reason")).isEqualTo("malformed");
    }

    @Test
    void nesting_beyond_32_levels_is_a_400_problem_in_an_envelope_and_too_deep_inside_a_jws() {
        String deep = "[".repeat(40) + "]".repeat(40);
        Api.Reply envelope = fx.verify("application/json", "{\"credential\":\"" + jws + "\",\"x\":" + deep + "}");
        assertProblem(envelope, 400, "body.too.deep");

        JsonObject deepPayload = Json.createObjectBuilder(realPayload)
                .add("evidenceOfDepth", Json.createReader(new java.io.StringReader(deep)).readArray()).build();
        assertThat(fx.refusal(fx.signedByAttacker(realHeader.toString(), deepPayload.toString()))).isEqualTo("too-deep");
    }

    @Test
    void the_verify_endpoint_has_its_own_rate_limit_per_client_address() {
        String address = PublicCredentialsFixture.freshAddress();
        Api.Reply limited = null;
        for (int i = 0; i < 1_000 && limited == null; i++) {
            Api.Reply reply = fx.verifyFrom(address, VC_JWT, "x");
            if (reply.status() == 429) {
                limited = reply;
            } else {
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            }
        }
        assertThat(limited).as("a 429 within 1,000 quick calls").isNotNull();
        assertProblem(limited, 429, "verify.rate.limited");
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isPositive();
        // another client is not held back
        assertThat(fx.verify(VC_JWT, jws).status()).isEqualTo(200);
    }

    @Test
    void the_did_document_is_public_cacheable_and_holds_no_private_key() {
        String path = PublicCredentialsFixture.didPath(issuerDid);
        Api.Reply did = fx.publicGet(path);
        assertThat(did.status()).as(did.body()).isEqualTo(200);
        assertThat(did.contentType()).matches("application/(did\\+)?json.*");
        assertThat(did.json().getString("id")).isEqualTo(issuerDid);
        assertThat(did.json().getJsonArray("assertionMethod")).isNotEmpty();
        assertThat(did.json().getJsonArray("verificationMethod")).isNotEmpty().allSatisfy(m -> assertThat(
                m.asJsonObject().getJsonObject("publicKeyJwk")).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi"));
        assertThat(did.body()).contains(realHeader.getString("kid").substring(realHeader.getString("kid").indexOf('#')));
        assertThat(did.header("Cache-Control").orElseThrow()).contains("max-age");
        String etag = did.header("ETag").orElseThrow();
        assertThat(fx.publicGet(path, "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(fx.publicGet("/bodies/no-such-body/did.json").status()).isEqualTo(404);
    }

    @Test
    void suspending_and_restoring_through_the_api_flips_the_answer_and_the_published_bit() throws Exception {
        String app = fx.grantedApplication();
        String id = fx.credentialOf(app).getString("id");
        String credential = fx.jws(id);
        JsonObject entry = PublicCredentialsFixture.statusEntry(payload(credential), "suspension");
        String listUrl = entry.getString("statusListCredential");
        int index = Integer.parseInt(entry.getString("statusListIndex"));
        assertThat(statusBit(listUrl, index, 0)).isZero();

        String sun = fx.api.token("sun.decider");
        fx.steps.act(sun, app, "suspend", "{\"reason\":\"Complaint: undeclared DEHP found in shipment\"}");
        JsonObject suspended = fx.verify(VC_JWT, credential).json();
        assertThat(suspended.getBoolean("valid")).isFalse();
        assertThat(suspended.getString("reason")).isEqualTo("suspended");
        JsonObject check = suspended.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "suspended".equals(c.getString("reason", null))).findFirst().orElseThrow();
        assertThat(check.getString("outcome")).isEqualTo("FAILED");
        assertThat(check.getString("since")).isNotBlank();
        assertThat(statusBit(listUrl, index, 1)).isEqualTo(1);
        JsonObject page = fx.publicGet("/api/public/suppliers/zhejiang-greenpower").json();
        assertThat(page.getJsonArray("credentials").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow().getString("state")).isEqualTo("SUSPENDED");

        fx.steps.act(sun, app, "restore", "{\"reason\":\"Lab retest below 0.1 %\"}");
        assertThat(fx.verify(VC_JWT, credential).json().getBoolean("valid")).isTrue();
        assertThat(statusBit(listUrl, index, 0)).isZero();
    }

    @Test
    void the_status_lists_are_public_short_cached_and_conditional() {
        String url = PublicCredentialsFixture.statusEntry(realPayload, "revocation").getString("statusListCredential");
        Api.Reply list = fx.publicGet(url);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.contentType()).startsWith(VC_JWT);
        String cache = list.header("Cache-Control").orElseThrow();
        int maxAge = Integer.parseInt(cache.replaceAll(".*max-age=(\\d+).*", "$1"));
        assertThat(maxAge).isBetween(1, 60);
        assertThat(list.header("Last-Modified")).isPresent();
        assertThat(fx.publicGet(url, "If-None-Match", list.header("ETag").orElseThrow()).status()).isEqualTo(304);
        assertThat(fx.publicGet(url, "If-Modified-Since", list.header("Last-Modified").orElseThrow()).status()).isEqualTo(304);
        assertThat(payload(list.body().strip()).getJsonObject("credentialSubject").getString("statusPurpose"))
                .isEqualTo("revocation");
    }

    @Test
    void public_reads_need_no_token_and_reveal_only_the_public_page() {
        Api.Reply supplier = fx.publicGet("/api/public/suppliers/zhejiang-greenpower");
        assertThat(supplier.status()).as(supplier.body()).isEqualTo(200);
        assertThat(supplier.body()).contains(credentialId).doesNotContain(application);
        assertProblem(fx.publicGet("/api/public/suppliers/no-such-supplier"), 404, "not.found");
        assertProblem(fx.publicGet("/api/public/credentials/" + UUID.randomUUID()), 404, "not.found");
        assertProblem(fx.publicGet("/api/public/credentials/not-an-id"), 400, "id.malformed");
        // the private operations still want a token
        assertThat(fx.publicGet("/api/applications/" + application + "/credentials").status()).isEqualTo(401);
    }

    @Test
    void the_public_operations_are_documented_without_a_security_requirement() {
        JsonObject paths = fx.api.call("GET", "/openapi", null, null, null, "Accept", "application/json").json()
                .getJsonObject("paths");
        for (String[] operation : List.of(new String[] {"/api/public/verify", "post"},
                new String[] {"/api/public/credentials/{id}", "get"}, new String[] {"/api/public/suppliers/{id}", "get"})) {
            JsonObject op = paths.getJsonObject(operation[0]).getJsonObject(operation[1]);
            assertThat(op.containsKey("security")).as(operation[0] + " overrides the global requirement").isTrue();
            assertThat(op.getJsonArray("security").getValuesAs(JsonObject.class))
                    .as(operation[0]).allSatisfy(requirement -> assertThat(requirement).isEmpty());
        }
        JsonObject keys = paths.getJsonObject("/api/signing-keys").getJsonObject("get");
        assertThat(keys.containsKey("security") && keys.getJsonArray("security").stream()
                .allMatch(r -> r.asJsonObject().isEmpty())).as("signing keys need a token").isFalse();
    }

    private static int statusBit(String listUrl, int index, int expected) throws InterruptedException {
        // the list is cached by nodes for a few seconds at most: wait for the change to be published
        long until = System.currentTimeMillis() + 30_000;
        int bit;
        do {
            Api.Reply list = fx.publicGet(listUrl);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            bit = PublicCredentialsFixture.bit(list.body().strip(), index);
            if (bit == expected) {
                return bit;
            }
            Thread.sleep(500);
        } while (System.currentTimeMillis() < until);
        return bit;
    }

    private static String headerWith(String name, String value) {
        return Json.createObjectBuilder(realHeader).add(name, value).build().toString();
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code", "")).as(reply.body()).isEqualTo(code);
    }
}

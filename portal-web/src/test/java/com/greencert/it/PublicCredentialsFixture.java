package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the public-credential tests need: a certification granted through the API (its credential, as anyone
 * fetches it), public calls without a token from a client address of their own (the portal believes
 * {@code X-Forwarded-For} from 127.0.0.1 in the tests, so each call can have its own rate-limit bucket), and
 * JWS crafted with keys of the test's own (Ed25519 of the JDK, HMAC) to forge what an attacker can forge.
 * Every answer is checked for private key material ({@code "d":}).
 */
final class PublicCredentialsFixture {

    static final String VC_JWT = "application/vc+jwt";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    final Stack stack;
    final CertificationSteps steps;
    final Api api;
    final KeyPair attacker;

    PublicCredentialsFixture(Stack stack) {
        this.stack = stack;
        this.steps = new CertificationSteps(stack);
        this.api = steps.api;
        try {
            this.attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GCE-SILVER certification of li.supplier, granted by SinoEco through the API: its application id. */
    String grantedApplication() {
        String app = steps.evaluated(api.token("li.supplier"), api.token("chen.assessor"), "chen.assessor");
        steps.act(api.token("zhou.reviewer"), app, "review", "{\"recommendation\":\"GRANT\"}");
        steps.act(api.token("sun.decider"), app, "decide", "{\"outcome\":\"GRANT\"}");
        return app;
    }

    /** The newest credential of an application, as its supplier lists it. */
    JsonObject credentialOf(String application) {
        Api.Reply list = checked(api.get("/api/applications/" + application + "/credentials", api.token("li.supplier")));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<JsonObject> credentials = list.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(credentials).as("credentials of the granted application " + application).isNotEmpty();
        return credentials.getFirst();
    }

    /** The compact JWS of a credential, fetched without a token. */
    String jws(String credentialId) {
        Api.Reply reply = publicGet("/api/public/credentials/" + credentialId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith(VC_JWT);
        return reply.body().strip();
    }

    /** POST /api/public/verify without a token, from an address of its own. */
    Api.Reply verify(String contentType, String body, String... headers) {
        return verifyFrom(freshAddress(), contentType, body, headers);
    }

    Api.Reply verifyFrom(String address, String contentType, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Forwarded-For";
        all[1] = address;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return checked(api.call("POST", "/api/public/verify", null, contentType, body, all));
    }

    /** A verification report's reason, asserting it is a 200 report that says not valid. */
    String refusal(String jws) {
        Api.Reply reply = verify(VC_JWT, jws);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject report = reply.json();
        assertThat(report.getBoolean("valid")).as(reply.body()).isFalse();
        return report.getString("reason");
    }

    Api.Reply publicGet(String pathOrUrl, String... headers) {
        URI url = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : stack.portalUrl() + pathOrUrl);
        String[] all = new String[headers.length + 2];
        all[0] = "X-Forwarded-For";
        all[1] = freshAddress();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return checked(Api.get(url, null, all));
    }

    static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** No answer of the public API carries private key material. */
    static Api.Reply checked(Api.Reply reply) {
        assertThat(reply.body().replace(" ", "")).as("private key material in " + reply.body()).doesNotContain("\"d\":");
        return reply;
    }

    // --- JWS parts ---

    static JsonObject header(String jws) {
        return json(new String(UNB64.decode(jws.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    static JsonObject payload(String jws) {
        return json(new String(UNB64.decode(jws.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static String b64(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    /** Header and payload as given, signed with the test's own Ed25519 key. */
    String signedByAttacker(String headerJson, String payloadJson) {
        String input = b64(headerJson) + "." + b64(payloadJson);
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(attacker.getPrivate());
            ed.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(ed.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header and payload as given, with an HMAC-SHA256 under the secret (the classic public-key-as-secret attack). */
    static String hs256(String headerJson, String payloadJson, byte[] secret) {
        String input = b64(headerJson) + "." + b64(payloadJson);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- did:web and status lists ---

    /** The issuer's DID, from the credential's {@code issuer} (a string or an object with an id). */
    static String issuer(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        return issuer.getValueType() == JsonValue.ValueType.STRING ? credential.getString("issuer")
                : issuer.asJsonObject().getString("id");
    }

    /** Where did:web resolution finds a DID's document: {@code did:web:host%3Aport:a:b} → {@code /a/b/did.json}. */
    static String didPath(String did) {
        assertThat(did).startsWith("did:web:");
        String[] parts = did.substring("did:web:".length()).split(":");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            path.append('/').append(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
        }
        return (parts.length == 1 ? "/.well-known" : path.toString()) + "/did.json";
    }

    /** The credential's status entry of one purpose ({@code credentialStatus}: one object or an array). */
    static JsonObject statusEntry(JsonObject credential, String purpose) {
        JsonValue status = credential.get("credentialStatus");
        List<JsonObject> entries = status.getValueType() == JsonValue.ValueType.ARRAY
                ? status.asJsonArray().getValuesAs(JsonObject.class) : List.of(status.asJsonObject());
        return entries.stream().filter(e -> purpose.equals(e.getString("statusPurpose", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + purpose + " entry in " + status));
    }

    /**
     * The bit at an index of a status list credential's {@code encodedList}, decoded as Bitstring Status List v1.0
     * says, without the portal's code: multibase {@code u} + base64url (no padding) of the GZIP of the bits; index 0
     * is the most significant bit of the first byte.
     */
    static int bit(String statusListJws, int index) {
        JsonObject subject = payload(statusListJws).getJsonObject("credentialSubject");
        String encoded = subject.getString("encodedList");
        assertThat(encoded).startsWith("u");
        byte[] bits;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(UNB64.decode(encoded.substring(1))))) {
            bits = gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bits.length * 8L).as("entries in the list").isGreaterThanOrEqualTo(131_072);
        return (bits[index / 8] >> (7 - index % 8)) & 1;
    }

    /** A request with no length (chunked): the portal cannot refuse it by its Content-Length. */
    static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    static String randomId() {
        return UUID.randomUUID().toString();
    }
}

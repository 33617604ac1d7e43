package com.greencert.it;

import static com.greencert.it.PublicCredentialsFixture.checked;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signed-in side of the credentials: an application's credentials for its parties only, downloads named by
 * the certificate number, and a body administrator's signing keys (403 for anyone else, never key material).
 */
@ExtendWith(StackExtension.class)
class CredentialApiIT {

    private static PublicCredentialsFixture fx;
    private static Api api;
    private static String application;
    private static JsonObject credential;

    @BeforeAll
    static void setUp(Stack stack) {
        fx = new PublicCredentialsFixture(stack);
        api = fx.api;
        application = fx.grantedApplication();
        credential = fx.credentialOf(application);
    }

    @Test
    void the_parties_of_an_application_list_its_credentials_and_nobody_else_does() {
        assertThat(credential.getString("application")).isEqualTo(application);
        assertThat(credential.getString("certificateNumber")).matches("[A-Z0-9-]+");
        assertThat(credential.getString("state")).isEqualTo("VALID");
        Api.Reply body = checked(api.get("/api/applications/" + application + "/credentials", api.token("sun.decider")));
        assertThat(body.status()).as(body.body()).isEqualTo(200);
        assertThat(body.body()).contains(credential.getString("id"));
        for (String outsider : List.of("wang.supplier", "gao.assessor", "anna.buyer")) {
            Api.Reply reply = checked(api.get("/api/applications/" + application + "/credentials", api.token(outsider)));
            assertThat(reply.status()).as(outsider + ": " + reply.body()).isIn(403, 404);
            assertThat(reply.body()).doesNotContain(credential.getString("id"));
        }
    }

    @Test
    void a_credential_downloads_as_jwt_json_and_pdf_named_by_its_certificate_number() {
        String li = api.token("li.supplier");
        String number = credential.getString("certificateNumber");
        String base = "/api/credentials/" + credential.getString("id") + "/download";
        for (String[] format : List.of(new String[] {"jwt", "application/vc+jwt"},
                new String[] {"json", "application/json"}, new String[] {"pdf", "application/pdf"})) {
            Api.Reply reply = api.get(base + "?format=" + format[0], li);
            assertThat(reply.status()).as(format[0] + ": " + reply.body()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith(format[1]);
            assertThat(reply.header("Content-Disposition").orElseThrow()).startsWith("attachment")
                    .contains(number + "." + format[0]);
            if (!format[0].equals("pdf")) {
                checked(reply);
            }
        }
        assertThat(api.get(base, li).body().strip()).isEqualTo(fx.jws(credential.getString("id")));
        Api.Reply unknownFormat = api.get(base + "?format=docx", li);
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.json().getString("code")).isEqualTo("credential.format.unknown");
        assertThat(api.get(base, api.token("wang.supplier")).status()).isIn(403, 404);
        assertThat(api.get("/api/credentials/" + UUID.randomUUID() + "/download", li).status()).isEqualTo(404);
    }

    @Test
    void a_body_administrator_lists_rotates_and_marks_keys_others_get_a_403() {
        String sun = api.token("sun.decider");
        Api.Reply keys = checked(api.get("/api/signing-keys", sun));
        assertThat(keys.status()).as(keys.body()).isEqualTo(200);
        List<JsonObject> sinoEco = keys.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(sinoEco).anySatisfy(k -> assertThat(k.getBoolean("current")).isTrue());
        for (String notAdmin : List.of("chen.assessor", "li.supplier", "anna.buyer")) {
            Api.Reply refused = checked(api.get("/api/signing-keys", api.token(notAdmin)));
            assertThat(refused.status()).as(notAdmin + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(checked(api.post("/api/signing-keys/rotate", api.token(notAdmin), "")).status()).isEqualTo(403);
        }

        // on the second body, whose credentials no other test relies on: rotate, then mark the old key compromised
        String he = api.token("he.decider");
        List<JsonObject> before = api.get("/api/signing-keys", he).jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject rotated = checked(api.post("/api/signing-keys/rotate", he, "")).json();
        assertThat(rotated.getBoolean("current")).isTrue();
        assertThat(before).noneSatisfy(k -> assertThat(k.getString("keyId")).isEqualTo(rotated.getString("keyId")));
        if (before.isEmpty()) { // the body had no key yet: the first rotation made its first one
            JsonObject second = checked(api.post("/api/signing-keys/rotate", he, "")).json();
            assertThat(second.getString("keyId")).isNotEqualTo(rotated.getString("keyId"));
        }
        List<JsonObject> after = checked(api.get("/api/signing-keys", he)).jsonStructure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(after.stream().filter(k -> k.getBoolean("current")).toList()).hasSize(1);
        JsonObject old = after.stream().filter(k -> !k.getBoolean("current")).findFirst().orElseThrow();

        Api.Reply noReason = api.post("/api/signing-keys/compromised", he, "{\"keyId\":\"" + old.getString("keyId") + "\"}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(api.post("/api/signing-keys/compromised", sun, "{\"keyId\":\"" + old.getString("keyId")
                + "\",\"reason\":\"not ours\"}").status()).isIn(403, 404);
        JsonObject marked = checked(api.post("/api/signing-keys/compromised", he, "{\"keyId\":\"" + old.getString("keyId")
                + "\",\"reason\":\"Laptop with a key backup stolen\"}")).json();
        assertThat(marked.getString("compromisedAt")).isNotBlank();
        assertThat(marked.getString("compromiseReason")).isEqualTo("Laptop with a key backup stolen");
        // the DID document keeps the key (old credentials must still resolve it) and never shows private parts
        String did = marked.getString("keyId").substring(0, marked.getString("keyId").indexOf('#'));
        Api.Reply document = fx.publicGet(PublicCredentialsFixture.didPath(did));
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().getJsonArray("verificationMethod")).allSatisfy(m -> assertThat(
                m.asJsonObject().getJsonObject("publicKeyJwk")).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi"));
    }

    @Test
    void two_rotations_at_once_both_answer_and_leave_one_current_key() throws Exception {
        String he = api.token("he.decider"); // the second body: no other test relies on its keys
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Api.Reply> rotate = () -> {
                start.await();
                return api.post("/api/signing-keys/rotate", he, "");
            };
            var first = pool.submit(rotate);
            var second = pool.submit(rotate);
            start.countDown();
            for (Api.Reply reply : List.of(first.get(), second.get())) {
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            }
            assertThat(first.get().json().getString("keyId")).isNotEqualTo(second.get().json().getString("keyId"));
        } finally {
            pool.shutdown();
        }
        List<JsonObject> keys = checked(api.get("/api/signing-keys", he)).jsonStructure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(keys.stream().filter(k -> k.getBoolean("current")).toList()).hasSize(1);
    }
}

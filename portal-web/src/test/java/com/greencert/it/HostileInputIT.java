package com.greencert.it;

import static com.greencert.it.CertificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed and hostile requests get a 4xx problem+json in the caller's language, never a 500 or an HTML
 * page, and the server log says why in one WARNING line without a stack trace.
 */
@ExtendWith(StackExtension.class)
class HostileInputIT {

    private static final String JSON = "application/json";
    private static Stack stack;
    private static Api api;
    private static CertificationSteps steps;
    private static String li, sun, anna, ada, chen;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        steps = new CertificationSteps(s);
        api = steps.api;
        li = api.token("li.supplier");
        sun = api.token("sun.decider");
        anna = api.token("anna.buyer");
        ada = api.token("ada.admin");
        chen = api.token("chen.assessor");
    }

    @Test
    void json_nested_beyond_32_levels_is_a_400_problem_in_the_callers_language() throws Exception {
        for (String nested : List.of(arrays(32), objects(100_000))) {
            String id = UUID.randomUUID().toString();
            HttpResponse<String> reply = unpooled("POST", "/api/applications/" + id + "/cancel", li, JSON,
                    "{\"reason\":" + nested + "}", "Accept-Language", "zh-CN");
            assertProblem(new Api.Reply(reply.statusCode(), reply.headers().firstValue("Content-Type").orElse(""),
                    reply.body()), 400, "body.too.deep");
            assertThat(reply.body()).containsPattern("\\p{IsHan}").contains("32");
            PortalLog.assertRefusalLogged(stack, id, "body.too.deep");
        }
        // a body without a declared type is counted too (the command endpoints read it as JSON)
        HttpResponse<String> untyped = unpooled("POST", "/api/complaints", li, null, objects(5_000));
        assertThat(untyped.statusCode()).as(untyped.body()).isEqualTo(400);
        assertThat(untyped.body()).contains("\"code\":\"body.too.deep\"");
        // 32 levels are fine: the body is read, and the unknown application is a 404
        Api.Reply deepEnough = api.call("POST", "/api/applications/" + UUID.randomUUID() + "/cancel", li, JSON,
                "{\"reason\":\"x\",\"padding\":" + arrays(31) + "}");
        assertProblem(deepEnough, 404, "not.found");
    }

    @Test
    void every_operation_in_the_openapi_document_survives_a_deeply_nested_body() throws InterruptedException {
        Api.Reply openApi = api.call("GET", "/openapi", null, null, null, "Accept", JSON);
        assertThat(openApi.status()).isEqualTo(200);
        JsonObject paths = openApi.json().getJsonObject("paths");
        List<String> failures = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            String concrete = concrete(path.getKey());
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                operations++;
                for (String token : List.of(li, sun, ada, anna)) {
                    for (String body : List.of(arrays(100_000), objects(100_000))) {
                        String call = method.toUpperCase() + " " + concrete;
                        try {
                            HttpResponse<String> reply = unpooled(method.toUpperCase(), concrete, token, JSON, body);
                            String type = reply.headers().firstValue("Content-Type").orElse("");
                            if (reply.statusCode() >= 500 || type.contains("html")) {
                                failures.add(call + " -> " + reply.statusCode() + " " + type);
                            }
                        } catch (IOException e) {
                            // an operation that takes no body may answer and close before the 1.4 MB are sent:
                            // the client then sees the connection reset, which is not the server failing
                            if (!List.of("get", "delete").contains(method)) {
                                failures.add(call + " -> " + e);
                            }
                        }
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    /**
     * One connection per call: an operation that takes no body answers without reading it, and Java's client
     * would then wait on that connection for ever to finish sending it.
     */
    private static HttpResponse<String> unpooled(String method, String path, String token, String contentType,
            String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void an_empty_accreditation_is_a_400_naming_the_scheme_code() {
        Api.Reply empty = api.post("/api/accreditations", sun, "{}");
        assertProblem(empty, 400, "field.required");
        assertThat(empty.json().getString("detail")).contains("schemeCode");
        assertProblem(api.post("/api/accreditations", sun, "null"), 400, "application.body.unreadable");
    }

    @Test
    void a_41_character_scheme_code_is_a_400_problem_not_an_html_page() {
        String code = "GCE-" + UUID.randomUUID().toString().replace("-", "").toUpperCase() + "LONG4";
        assertThat(code).hasSize(41);
        Api.Reply reply = api.call("POST", "/api/accreditations", sun, JSON,
                "{\"schemeCode\":\"" + code + "\",\"hsChapters\":[\"38\"]}", "Accept-Language", "zh-CN");
        assertProblem(reply, 400, "scheme.code.invalid");
        assertThat(reply.json().getString("detail")).containsPattern("\\p{IsHan}");
        PortalLog.assertRefusalLogged(stack, code, "scheme.code.invalid");
    }

    @Test
    void an_accreditation_needs_a_known_scheme_a_future_end_and_no_overlap() {
        String unknown = "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertProblem(accredit(unknown, "38", null), 400, "accreditation.scheme.unknown");
        assertProblem(accredit("GCE-SILVER", "27", LocalDate.now().minusDays(1).toString()), 400,
                "accreditation.expired");
        assertProblem(accredit("GCE-SILVER", "27", "+999999999-12-31"), 400, "accreditation.valid.until.too.far");
        // the demo body is accredited for GCE-GOLD in chapter 38 already, without an end
        assertProblem(accredit("GCE-GOLD", "38", LocalDate.now().plusYears(2).toString()), 409,
                "accreditation.duplicate");
        // another chapter is no duplicate, until it is added twice
        assertThat(accredit("GCE-GOLD", "27", LocalDate.now().plusYears(2).toString()).status()).isEqualTo(201);
        assertProblem(accredit("GCE-GOLD", "27", null), 409, "accreditation.duplicate");
        assertProblem(api.post("/api/accreditations", sun, "{\"schemeCode\":\"GCE-GOLD\",\"hsChapters\":[null]}"),
                400, "accreditation.chapter.invalid");
    }

    @Test
    void logout_without_a_session_goes_home() {
        Api.Reply reply = api.call("GET", "/logout", null, null, null);
        assertThat(reply.status()).as(reply.body()).isIn(302, 303);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("soteria");
    }

    @Test
    void a_lone_surrogate_is_refused_naming_the_field() {
        Api.Reply facility = api.post("/api/facilities", li, """
                {"name":"Plant \\ud800 North","address":"1 Port Road","country":"CN"}""");
        assertProblem(facility, 400, "text.surrogate");
        assertThat(facility.json().getString("detail")).contains("name");
        assertThat(api.get("/api/facilities", li).body()).doesNotContain("Plant ? North");

        Api.Reply product = api.post("/api/products", li, """
                {"nameEn":"Cell \\udc00","hsCode":"340290","composition":[]}""");
        assertProblem(product, 400, "text.surrogate");
        assertThat(product.json().getString("detail")).contains("nameEn");
    }

    @Test
    void a_json_body_sent_as_text_plain_is_a_415_problem() {
        for (String path : List.of("/api/applications/%s/cancel", "/api/appeals/%s/uphold", "/api/complaints",
                "/api/complaints/%s/close")) {
            String id = UUID.randomUUID().toString();
            Api.Reply reply = api.call("POST", path.formatted(id), li, "text/plain", "{\"reason\":\"x\"}",
                    "Accept-Language", "zh-CN");
            assertProblem(reply, 415, "media.type.unsupported");
            assertThat(reply.json().getString("detail")).containsPattern("\\p{IsHan}");
            if (path.contains("%s")) {
                PortalLog.assertRefusalLogged(stack, id, "media.type.unsupported");
            }
        }
    }

    @Test
    void replacing_a_composition_without_composition_is_a_400_and_keeps_it() {
        String product = steps.product(li);
        Api.Reply reply = api.call("PUT", "/api/products/" + product + "/composition", li, JSON, "{}");
        assertProblem(reply, 400, "field.required");
        assertThat(reply.json().getString("detail")).contains("composition");
        assertThat(ok(api.get("/api/products/" + product, li), 200).getJsonArray("composition")).hasSize(1);
    }

    /** Found by probing every operation: a null where a list expects an entry was a NullPointerException. */
    @Test
    void a_null_entry_in_a_list_is_a_400_problem() {
        String product = steps.product(li);
        assertProblem(api.call("PUT", "/api/products/" + product + "/composition", li, JSON,
                "{\"composition\":[null]}"), 400, "field.required");
        assertProblem(api.post("/api/products", li, """
                {"nameEn":"Degreaser","hsCode":"340290","composition":[null]}"""), 400, "field.required");
        assertProblem(api.post("/api/schemes", sun, """
                {"code":"NULL-CRITERIA","nameEn":"x","validityMonths":36,"surveillanceMonths":12,"criteria":[null]}"""),
                400, "field.required");
        assertThat(ok(api.get("/api/products/" + product, li), 200).getJsonArray("composition")).hasSize(1);
    }

    /** Found by probing: a date the database cannot store failed at commit and answered Payara's HTML page. */
    @Test
    void a_date_the_database_cannot_hold_is_a_400_problem() {
        String app = steps.completeDraft(li);
        steps.act(li, app, "submit", "");
        steps.act(chen, app, "accept", "{\"note\":\"complete\"}");
        Api.Reply reply = api.post("/api/applications/" + app + "/raise-finding", chen, """
                {"severity":"MINOR","criterion":"SDS","description":"Old revision","dueOn":"+999999999-12-31"}""");
        assertProblem(reply, 400, "date.out.of.range");

        Api.Reply evidence = api.upload("/api/evidence", li, """
                {"type":"TEST_REPORT","title":"Far future","issuer":"SGS","issuedOn":"2026-01-15",
                 "expiresOn":"+999999999-12-31","language":"en"}""", "report.pdf", "application/pdf",
                EvidenceApiIT.pdf("Far future"), null);
        assertProblem(evidence, 400, "date.out.of.range");
    }

    private static Api.Reply accredit(String scheme, String chapter, String validUntil) {
        return api.post("/api/accreditations", sun, "{\"schemeCode\":\"" + scheme + "\",\"hsChapters\":[\"" + chapter
                + "\"]" + (validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\"") + "}");
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code", "")).as(reply.body()).isEqualTo(code);
    }

    /** {@code depth} arrays inside each other, inside the object the caller wraps them in. */
    static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static String objects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:\\s*([^}|]+)[^}]*)?}");

    /** A path template with its parameters filled: the first choice of a pattern, a tenant, or a random id. */
    static String concrete(String template) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).strip()
                    : m.group(1).equals("tenantId") ? "eurochem-buyer" : UUID.randomUUID().toString();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}

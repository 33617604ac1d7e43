package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public supplier registry through {@code GET /api/public/suppliers}, without a token (issue 10, ADR 0018):
 * li.supplier's company is found by pinyin, by Chinese name, by an HS prefix, by its USCC and by the certificate
 * number of its credential (the demo seed's), which the hit shows with its live state (a suspension and restoration
 * by the body show within seconds); what the supplier keeps private (contact, address) is not findable; a rename
 * made through the API is searchable within seconds (the change feed followed by the node's indexer); bad filters
 * are 400 problems. The demo seed lists wang.supplier's company too (Chinese name, HS heading, UN number,
 * facility).
 */
@ExtendWith(StackExtension.class)
class RegistryIT {

    private static final String USCC = "91330100MA2B3C4D5N";
    private static final String SUPPLIER = "zhejiang-greenpower";
    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static Stack stack;
    private static Api api;
    private static String li;
    private static final String PRIVATE_MARKER = "Privatecontact" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        li = api.token("li.supplier");
        saveProfile("Zhejiang GreenPower Battery Co., Ltd.");
        Api.Reply product = api.post("/api/products", li, """
                {"nameEn":"Lithium-ion battery pack 18650","nameZh":"锂离子电池组","hsCode":"850760","unNumber":"UN3480",
                 "composition":[{"substanceName":"Lithium cobalt oxide","casNumber":"12190-79-3","minPercent":20,"maxPercent":30}]}""");
        assertThat(product.status()).as(product.body()).isEqualTo(201);
    }

    private static void saveProfile(String nameEn) {
        saveProfile(nameEn, "PUBLIC");
    }

    private static void saveProfile(String nameEn, String registrationVisibility) {
        Api.Reply before = api.get("/api/profile", li);
        String version = before.status() == 404 ? "null" : String.valueOf(before.json().getJsonNumber("version").longValue());
        String json = """
                {"version":%s,"legalNameEn":"%s","legalNameZh":"浙江绿能电池有限公司","country":"CN","uscc":"%s",
                 "registeredAddress":"88 Xisaishan Road, Huzhou","contactName":"%s","contactEmail":"li@example.cn",
                 "namesVisibility":"PUBLIC","registrationVisibility":"%s","addressesVisibility":"PRIVATE",
                 "contactVisibility":"PRIVATE"}"""
                .formatted(version, nameEn, USCC, PRIVATE_MARKER, registrationVisibility);
        Api.Reply saved = Api.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/profile"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + li)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static Api.Reply search(String query) {
        return api.get("/api/public/suppliers?" + query, null);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("suppliers").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    /** Searches until the answer satisfies the condition (the node's indexer polls the feed every 2 s). */
    private static Api.Reply awaitSearch(String query, Predicate<List<String>> until) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        Api.Reply reply = search(query);
        while (!until.test(ids(reply)) && System.nanoTime() < deadline) {
            sleep(200);
            reply = search(query);
        }
        return reply;
    }

    @Test
    void an_anonymous_buyer_finds_li_suppliers_company_by_pinyin_chinese_hs_code_and_uscc() {
        Api.Reply byPinyin = awaitSearch(q("lvneng"), ids -> ids.contains(SUPPLIER));
        assertThat(ids(byPinyin)).contains(SUPPLIER);
        JsonObject hit = byPinyin.json().getJsonArray("suppliers").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("id").equals(SUPPLIER)).findFirst().orElseThrow();
        assertThat(hit.getString("nameZh")).isEqualTo("浙江绿能电池有限公司");
        assertThat(hit.getString("page")).isEqualTo("/suppliers/" + SUPPLIER);
        assertThat(byPinyin.header("X-Total-Count")).isPresent();

        assertThat(ids(awaitSearch(q("8507"), ids -> ids.contains(SUPPLIER)))).contains(SUPPLIER);
        assertThat(ids(search(q("Zhejiang Green Power battery")))).contains(SUPPLIER);
        assertThat(ids(search(q("Zhejang Greenpowr battery")))).as("typos").contains(SUPPLIER);
        assertThat(ids(search(q("绿能")))).contains(SUPPLIER);
        // the demo seed listed the company under its own USCC: the one saved above replaces it within seconds
        assertThat(ids(awaitSearch(q(USCC.toLowerCase()), ids -> !ids.isEmpty() && ids.getFirst().equals(SUPPLIER))))
                .first().isEqualTo(SUPPLIER);

        Api.Reply chapter = search(q("8507") + "&hsChapter=85&country=CN");
        assertThat(ids(chapter)).contains(SUPPLIER);
        assertThat(chapter.json().getJsonObject("facets").getJsonArray("hsChapter").stream()
                .map(v -> v.asJsonObject().getString("value"))).contains("85");
    }

    @Test
    void an_anonymous_buyer_finds_li_suppliers_company_by_its_certificate_number_first() {
        // the demo seed grants Zhejiang GreenPower a certification with a valid credential; its public page shows it
        Api.Reply page = api.get("/api/public/suppliers/" + SUPPLIER, null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonObject credential = page.json().getJsonArray("credentials").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("state").equals("VALID")).findFirst().orElseThrow();
        String number = credential.getString("certificateNumber");

        Api.Reply found = awaitSearch(q(number), ids -> !ids.isEmpty() && ids.getFirst().equals(SUPPLIER));
        assertThat(ids(found)).as("found by " + number).first().isEqualTo(SUPPLIER);
        JsonObject hit = found.json().getJsonArray("suppliers").getJsonObject(0);
        JsonObject certification = hit.getJsonArray("certifications").stream().map(JsonValue::asJsonObject)
                .filter(c -> number.equals(c.getString("certificateNumber", null))).findFirst().orElseThrow();
        assertThat(certification.getString("status")).isEqualTo("valid");
        assertThat(ids(search(q(number.toLowerCase())))).as("case does not matter").first().isEqualTo(SUPPLIER);
    }

    @Test
    void a_suspension_and_a_restoration_by_the_body_show_in_the_registry_within_seconds() {
        PublicCredentialsFixture fixture = new PublicCredentialsFixture(stack);
        String app = fixture.grantedApplication();
        String number = fixture.credentialOf(app).getString("certificateNumber");
        String sun = api.token("sun.decider");
        assertThat(awaitStatus(number, "valid")).as("granted: " + number).isEqualTo("valid");
        fixture.steps.act(sun, app, "suspend", "{\"reason\":\"Registry test: surveillance audit refused\"}");
        try {
            assertThat(awaitStatus(number, "suspended")).as("the credential's suspension wrote a change").isEqualTo("suspended");
        } finally {
            fixture.steps.act(sun, app, "restore", "{\"reason\":\"Registry test: audit held\"}");
        }
        assertThat(awaitStatus(number, "valid")).isEqualTo("valid");
    }

    /** The status the registry shows for the certificate with this number, once it is the wanted one (or the deadline passed). */
    private static String awaitStatus(String number, String wanted) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String status;
        do {
            status = search(q(number)).json().getJsonArray("suppliers").stream().map(JsonValue::asJsonObject)
                    .flatMap(h -> h.getJsonArray("certifications").stream().map(JsonValue::asJsonObject))
                    .filter(c -> number.equals(c.getString("certificateNumber", null)))
                    .map(c -> c.getString("status")).findFirst().orElse("not found");
            if (!status.equals(wanted)) {
                sleep(200);
            }
        } while (!status.equals(wanted) && System.nanoTime() < deadline);
        return status;
    }

    @Test
    void the_demo_seed_lists_wang_suppliers_company_too() {
        String qingyuan = "jiangsu-qingyuan";
        assertThat(ids(awaitSearch(q("清源"), ids -> ids.contains(qingyuan)))).contains(qingyuan);
        assertThat(ids(search(q("2915")))).contains(qingyuan).doesNotContain(SUPPLIER);
        assertThat(ids(search(q("UN1173")))).contains(qingyuan);
        assertThat(ids(search(q("Taixing chemical park")))).contains(qingyuan);
    }

    @Test
    void every_facet_counts_li_suppliers_company_and_filters_to_it() {
        awaitSearch(q(USCC), ids -> !ids.isEmpty() && ids.getFirst().equals(SUPPLIER));
        JsonObject facets = search(q(USCC)).json().getJsonObject("facets"); // li's company alone: its own values
        for (String facet : List.of("country", "province", "hsChapter", "unClass", "ghsClass", "scheme", "body", "status")) {
            List<String> values = facets.getJsonArray(facet).stream().map(v -> v.asJsonObject().getString("value")).toList();
            assertThat(values).as("facet " + facet).isNotEmpty();
            for (String value : values) {
                String filter = facet + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                assertThat(ids(search(filter + "&limit=50"))).as(filter).contains(SUPPLIER);
            }
        }
        assertThat(facets.getJsonArray("province").getJsonObject(0).getString("value")).as("Zhejiang").isEqualTo("33");
        assertThat(ids(search("province=32&" + q(USCC)))).as("another province").isEmpty();
    }

    @Test
    void a_section_made_private_stops_being_findable_within_seconds() {
        awaitSearch(q(USCC), ids -> !ids.isEmpty() && ids.getFirst().equals(SUPPLIER));
        long start = System.nanoTime();
        saveProfile("Zhejiang GreenPower Battery Co., Ltd.", "PRIVATE");
        try {
            Api.Reply gone = awaitSearch(q(USCC), ids -> !ids.contains(SUPPLIER));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(ids(gone)).as("the USCC is private now").doesNotContain(SUPPLIER);
            System.out.println("RegistryIT: a USCC made private was no longer findable after " + millis + " ms");
            JsonObject hit = search(q("lvneng")).json().getJsonArray("suppliers").stream().map(JsonValue::asJsonObject)
                    .filter(h -> h.getString("id").equals(SUPPLIER)).findFirst().orElseThrow();
            assertThat(hit.containsKey("uscc") && !hit.isNull("uscc")).as("no USCC on the hit").isFalse();
        } finally {
            saveProfile("Zhejiang GreenPower Battery Co., Ltd.", "PUBLIC");
        }
    }

    @Test
    void what_the_supplier_keeps_private_is_not_findable() {
        awaitSearch(q("lvneng"), ids -> ids.contains(SUPPLIER));
        Api.Reply contact = search(q(PRIVATE_MARKER));
        assertThat(ids(contact)).isEmpty();
        assertThat(ids(search(q("Xisaishan")))).as("the address section is private by default").doesNotContain(SUPPLIER);
        assertThat(search(q("lvneng")).body()).doesNotContain(PRIVATE_MARKER).doesNotContain("li@example.cn");
    }

    @Test
    void a_rename_through_the_api_is_found_within_seconds() {
        String word = "Sunvolt" + Integer.toString((int) (Math.random() * 1e6), 36);
        long start = System.nanoTime();
        saveProfile("Zhejiang " + word + " GreenPower Battery Co., Ltd.");
        try {
            Api.Reply found = awaitSearch(q(word), ids -> ids.contains(SUPPLIER));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(ids(found)).as("found after " + millis + " ms").contains(SUPPLIER);
            assertThat(millis).as("rename searchable after (ms)").isLessThan(10_000);
            System.out.println("RegistryIT: a rename was searchable after " + millis + " ms");
        } finally {
            saveProfile("Zhejiang GreenPower Battery Co., Ltd.");
        }
    }

    @Test
    void bad_filters_and_over_long_text_are_400_problems_and_query_syntax_is_text() {
        for (String bad : List.of("country=Germany", "status=VALID", "hsChapter=8", "province=Zhejiang", "limit=0", "limit=abc",
                "cursor=%25%25%25", q("x".repeat(201)))) {
            Api.Reply r = search(bad);
            assertThat(r.status()).as(bad + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        Api.Reply syntax = search(q("name_en:* OR /.*/~"));
        assertThat(syntax.status()).as(syntax.body()).isEqualTo(200);
    }

    @Test
    void the_operation_is_in_the_openapi_document() {
        Api.Reply doc = Api.get(URI.create(stack.portalUrl() + "/openapi"), null, "Accept", "application/json");
        assertThat(doc.json().getJsonObject("paths").keySet()).contains("/api/public/suppliers");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Products, their composition and SVHC screening, and the company profile, through the REST API with real
 * Keycloak tokens against the real portal on MariaDB: bad codes are 400 problems naming the rule, another
 * tenant's product is 404, a save based on a stale profile version is 409.
 */
@ExtendWith(StackExtension.class)
class ProductApiIT {

    private static final String VALID_USCC = "91330100MA2B3C4D5N";
    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
    }

    private static String product(String name, String hsCode, String unNumber, String packingGroup, String components) {
        return """
                {"nameEn":"%s","nameZh":"电缆","hsCode":"%s",%s"composition":[%s]}"""
                .formatted(name, hsCode, unNumber == null ? ""
                        : "\"unNumber\":\"" + unNumber + "\",\"packingGroup\":" + (packingGroup == null ? "null" : "\"" + packingGroup + "\"") + ",",
                        components);
    }

    private static String component(String name, String cas, String min, String max) {
        return """
                {"substanceName":"%s","casNumber":"%s","minPercent":%s,"maxPercent":%s}""".formatted(name, cas, min, max);
    }

    @Test
    void a_product_with_dehp_above_the_threshold_is_flagged_by_the_screening() {
        String li = api.token("li.supplier");
        String name = "PVC cable " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = api.post("/api/products", li, product(name, "854449", null, null,
                component("Polyvinyl chloride", "9002-86-2", "60", "70") + ","
                        + component("Bis(2-ethylhexyl) phthalate", "117-81-7", "0.5", "1")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject product = created.json();
        String id = product.getString("id");
        assertThat(product.getJsonArray("composition")).hasSize(2);

        Api.Reply screening = api.get("/api/products/" + id + "/screening", li);
        assertThat(screening.status()).as(screening.body()).isEqualTo(200);
        JsonObject result = screening.json();
        assertThat(result.getBoolean("exceedsThreshold")).isTrue();
        assertThat(result.getString("listLabel")).isNotBlank();
        JsonObject dehp = result.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("casNumber").equals("117-81-7")).findFirst().orElseThrow();
        assertThat(dehp.getBoolean("svhc")).isTrue();
        assertThat(dehp.getString("verdict")).isEqualTo("EXCEEDS_THRESHOLD");
        assertThat(dehp.getString("svhcSubstanceName")).contains("DEHP");

        JsonObject summary = api.all("/api/products", li).stream()
                .filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(summary.getBoolean("svhcAboveThreshold")).isTrue();
        assertThat(summary.getString("hsCode")).isEqualTo("854449");

        // the composition without DEHP: no longer flagged
        Api.Reply replaced = put("/api/products/" + id + "/composition", li, "{\"composition\":["
                + component("Polyvinyl chloride", "9002-86-2", "60", "70") + "]}");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().getJsonArray("composition")).hasSize(1);
        assertThat(api.get("/api/products/" + id + "/screening", li).json().getBoolean("exceedsThreshold")).isFalse();
    }

    @Test
    void a_dangerous_good_keeps_its_un_number() {
        String li = api.token("li.supplier");
        Api.Reply created = api.post("/api/products", li, product("Li-ion cell " + UUID.randomUUID().toString().substring(0, 8), "850760",
                "UN3480", null, ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("unNumber")).isEqualTo("UN3480");
        assertThat(created.json().getString("transportClass")).isEqualTo("9");
    }

    @Test
    void a_bad_cas_number_is_a_400_naming_the_rule() {
        Api.Reply reply = api.post("/api/products", api.token("li.supplier"), product("Bad CAS", "854449", null, null,
                component("Bis(2-ethylhexyl) phthalate", "117-81-8", "0.5", "1")));
        assertProblem(reply, 400, "cas.check.digit.wrong");
    }

    @Test
    void an_unknown_un_number_is_a_400_naming_the_rule() {
        Api.Reply reply = api.post("/api/products", api.token("li.supplier"), product("Bad UN", "854449", "UN9999",
                null, ""));
        assertProblem(reply, 400, "un.unknown");
    }

    @Test
    void a_bad_hs_code_is_a_400_naming_the_rule() {
        String li = api.token("li.supplier");
        assertProblem(api.post("/api/products", li, product("Bad HS", "85AB49", null, null, "")), 400, "hs.invalid");
        assertProblem(api.post("/api/products", li, product("Unknown HS", "999999", null, null, "")), 400, "hs.unknown");
    }

    @Test
    void a_composition_refused_by_the_domain_is_a_problem_and_changes_nothing() {
        String li = api.token("li.supplier");
        String id = api.post("/api/products", li, product("Mixture " + UUID.randomUUID().toString().substring(0, 8), "382499", null, null,
                component("Water", "7732-18-5", "10", "20"))).json().getString("id");
        Api.Reply reply = put("/api/products/" + id + "/composition", li, "{\"composition\":["
                + component("Water", "7732-18-5", "60", "70") + "," + component("Water", "7732-18-5", "10", "20") + "]}");
        assertProblem(reply, 409, "product.composition.duplicate.cas");
        assertThat(api.get("/api/products/" + id, li).json().getJsonArray("composition")).hasSize(1);
    }

    @Test
    void a_supplier_asking_for_another_suppliers_product_gets_404() {
        String li = api.token("li.supplier");
        String wang = api.token("wang.supplier");
        String name = "Li only " + UUID.randomUUID().toString().substring(0, 8);
        String id = api.post("/api/products", li, product(name, "854449", null, null, "")).json().getString("id");

        assertThat(api.get("/api/products/" + id, li).status()).isEqualTo(200);
        assertProblem(api.get("/api/products/" + id, wang), 404, "not.found");
        assertProblem(api.get("/api/products/" + id + "/screening", wang), 404, "not.found");
        assertProblem(put("/api/products/" + id + "/composition", wang, "{\"composition\":[]}"), 404, "not.found");
        assertThat(api.get("/api/products", wang).body()).doesNotContain(id).doesNotContain(name);
    }

    @Test
    void a_buyer_has_no_products() {
        assertProblem(api.get("/api/products", api.token("anna.buyer")), 403, "caller.role.missing");
    }

    @Test
    void the_company_profile_round_trips_and_a_stale_version_is_refused() {
        String wang = api.token("wang.supplier");
        Api.Reply before = api.get("/api/profile", wang);
        String version = before.status() == 404 ? "null" : String.valueOf(before.json().getJsonNumber("version").longValue());

        Api.Reply saved = put("/api/profile", wang, profile(version, "Jiangsu Qingyuan Chemical Co., Ltd.", VALID_USCC));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long current = saved.json().getJsonNumber("version").longValue();

        JsonObject read = api.get("/api/profile", wang).json();
        assertThat(read.getString("legalNameEn")).isEqualTo("Jiangsu Qingyuan Chemical Co., Ltd.");
        assertThat(read.getString("legalNameZh")).isEqualTo("江苏清源化工有限公司");
        assertThat(read.getString("uscc")).isEqualTo(VALID_USCC);
        assertThat(read.getString("namesVisibility")).isEqualTo("PUBLIC");
        assertThat(read.getString("contactVisibility")).isEqualTo("PRIVATE");
        assertThat(read.getJsonNumber("version").longValue()).isEqualTo(current);

        assertProblem(put("/api/profile", wang, profile(String.valueOf(current), "Typo Co.", "91330100MA2B3C4D5M")),
                400, "uscc.check.character.wrong");
        assertProblem(put("/api/profile", wang, profile(String.valueOf(current), "No code Co.", "")),
                400, "profile.uscc.required");

        Api.Reply second = put("/api/profile", wang, profile(String.valueOf(current), "Jiangsu Qingyuan Chemical Co.", VALID_USCC));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().getJsonNumber("version").longValue()).isGreaterThan(current);

        // a colleague still holding the old version
        assertProblem(put("/api/profile", wang, profile(String.valueOf(current), "Stale Co.", VALID_USCC)),
                409, "concurrent.change");
        assertThat(api.get("/api/profile", wang).json().getString("legalNameEn")).isEqualTo("Jiangsu Qingyuan Chemical Co.");
        // and another tenant sees none of it
        Api.Reply li = api.get("/api/profile", api.token("li.supplier"));
        assertThat(li.body()).doesNotContain("Qingyuan");
    }

    private static String profile(String version, String nameEn, String uscc) {
        return """
                {"version":%s,"legalNameEn":"%s","legalNameZh":"江苏清源化工有限公司","country":"CN","uscc":"%s",
                 "registeredAddress":"8 Huagong Road, Taixing, Jiangsu","contactName":"Wang Fang",
                 "contactRole":"EHS manager","contactEmail":"wang.fang@example.cn","contactPhone":"+86 523 8766 1234"}"""
                .formatted(version, nameEn, uscc);
    }

    private static Api.Reply put(String path, String token, String json) {
        return Api.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
    }
}

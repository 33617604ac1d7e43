package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Buyers' criteria sets (issue 11, ADR 0023) through the REST API on the real stack: anna.buyer writes, lists,
 * revises and reads them; every malformed criterion is a 400 problem naming it; ben.buyer (another buyer tenant)
 * sees none of them and gets the same 404 as for no set at all; suppliers and certification bodies get 403.
 * (Nothing marks a version used yet — invitations and matching come later — so "a used version makes version 2"
 * is covered by the domain and mapping tests, not here.)
 */
@ExtendWith(StackExtension.class)
class CriteriaSetApiIT {

    private static final String PATH = "/api/criteria-sets";
    private static Api api;
    private static String anna;
    private static String scheme;

    @BeforeAll
    static void setUp(Stack s) {
        api = new Api(s);
        anna = api.token("anna.buyer");
        scheme = api.all("/api/schemes", anna).getFirst().getString("id");
    }

    private static String set(String name, String... criteria) {
        return """
                {"name":"%s","criteria":[%s]}""".formatted(name, String.join(",", criteria));
    }

    private static String iso14001() {
        return """
                {"kind":"managementSystem","standard":"ISO_14001","mandatory":true}""";
    }

    private static String carbon(String comparison, String limit, String unit, int weight) {
        return """
                {"kind":"declaredValueLimit","quantity":"CARBON_FOOTPRINT","comparison":"%s","limit":%s,"unit":"%s","weight":%d}"""
                .formatted(comparison, limit, unit, weight);
    }

    private static String credential(String schemeId) {
        return """
                {"kind":"holdsCredential","scheme":"%s","weight":40}""".formatted(schemeId);
    }

    private static JsonObject created(String body) {
        Api.Reply reply = api.post(PATH, anna, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location").orElseThrow()).endsWith(PATH + "/" + reply.json().getString("id"));
        return reply.json();
    }

    @Test
    void a_buyer_creates_lists_revises_reads_a_version_and_deletes_a_set() {
        String name = "Batteries " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject set = created(set(name, iso14001(), credential(scheme), carbon("AT_MOST", "2.5", "KG_CO2E_PER_KG", 30)));
        String id = set.getString("id");
        assertThat(set.getInt("currentVersion")).isEqualTo(1);
        assertThat(set.getJsonArray("criteria")).hasSize(3);
        assertThat(set.getJsonArray("criteria").getJsonObject(0).getString("key")).isEqualTo("management-system:ISO_14001");
        assertThat(set.getJsonArray("criteria").getJsonObject(2).getJsonNumber("limit").toString()).isEqualTo("2.5");
        assertThat(api.all(PATH, anna)).extracting(o -> o.getString("id")).contains(id);

        Api.Reply read = api.get(PATH + "/" + id, anna);
        assertThat(read.status()).isEqualTo(200);
        String etag = read.header("ETag").orElseThrow();

        // an unused draft is replaced: still version 1, now with four criteria
        String revised = set(name + " (rev)", iso14001(), credential(scheme), carbon("AT_MOST", "2", "kg CO2e/kg", 30),
                """
                {"kind":"un383TestSummary","weight":10}""");
        Api.Reply put = api.call("PUT", PATH + "/" + id, anna, "application/json", revised, "If-Match", etag);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().getInt("currentVersion")).isEqualTo(1);
        assertThat(put.json().getJsonArray("versions")).hasSize(1);
        assertThat(put.json().getString("name")).endsWith("(rev)");
        assertThat(put.header("ETag").orElseThrow()).isNotEqualTo(etag);

        // the ETag seen before the revision is stale now
        Api.Reply stale = api.call("PUT", PATH + "/" + id, anna, "application/json", revised, "If-Match", etag);
        assertProblem(stale, 409, "criteria.set.stale");

        Api.Reply v1 = api.get(PATH + "/" + id + "/versions/1", anna);
        assertThat(v1.status()).as(v1.body()).isEqualTo(200);
        assertThat(v1.json().getJsonArray("criteria")).hasSize(4);
        assertThat(v1.json().getBoolean("used")).isFalse();
        assertProblem(api.get(PATH + "/" + id + "/versions/2", anna), 404, "not.found");

        assertThat(api.delete(PATH + "/" + id, anna).status()).isEqualTo(204);
        assertProblem(api.get(PATH + "/" + id, anna), 404, "not.found");
    }

    @Test
    void every_malformed_criterion_is_a_400_problem_naming_it() {
        assertProblem(api.post(PATH, anna, "{\"name\":"), 400, "body.unreadable");
        assertNamed(set("x", iso14001(), "{\"kind\":\"carbonNeutral\",\"mandatory\":true}"), "criteria.json.kind.unknown",
                "Criterion 2", "carbonNeutral");
        assertNamed(set("x", "{\"kind\":\"managementSystem\",\"standard\":\"ISO_14001\",\"mandatory\":true,\"wieght\":3}"),
                "criteria.json.field.unknown", "Criterion 1", "wieght");
        assertNamed(set("x", iso14001(), carbon("AT_MOST", "2.5", "PERCENT", 10)), "criteria.unit.mismatch",
                "Criterion 2", "declared-value:CARBON_FOOTPRINT");
        assertNamed(set("x", carbon("AT_MOST", "2.5", "G_PER_KG", 10)), "criteria.json.value.invalid", "Criterion 1",
                "G_PER_KG");
        assertNamed(set("x", iso14001(), iso14001()), "criteria.duplicate", "Criterion 2", "management-system:ISO_14001");
        assertNamed(set("x", carbon("AT_LEAST", "3", "KG_CO2E_PER_KG", 10), carbon("AT_MOST", "2", "KG_CO2E_PER_KG", 10)),
                "criteria.contradiction", "Criterion 2", "criterion 1");
        assertNamed(set("x", iso14001(), credential(UUID.randomUUID().toString())), "criteria.scheme.unknown",
                "Criterion 2", "holds-credential:");
        String many = IntStream.range(0, 51).mapToObj(i -> carbon("AT_MOST", String.valueOf(i), "KG_CO2E_PER_KG", 1))
                .collect(Collectors.joining(","));
        assertNamed(set("x", many), "criteria.too.many", "51", "50");

        Api.Reply zh = api.call("POST", PATH, anna, "application/json", set("x", iso14001(), "{\"kind\":\"x\"}"),
                "Accept-Language", "zh-CN");
        assertProblem(zh, 400, "criteria.json.kind.unknown");
        assertThat(zh.json().getString("detail")).contains("第 2 项标准");

        String huge = set("x", "{\"kind\":\"noSvhcAbove\",\"weight\":5,\"products\":[" + IntStream.range(0, 8_000)
                .mapToObj(i -> "\"" + UUID.randomUUID() + "\"").collect(Collectors.joining(",")) + "]}");
        assertProblem(api.post(PATH, anna, huge), 413, "criteria.body.too.large");
        assertThat(api.all(PATH, anna)).extracting(o -> o.getString("name")).doesNotContain("x");
    }

    @Test
    void another_buyer_gets_404_and_sees_none_suppliers_and_bodies_get_403() {
        String id = created(set("Private " + UUID.randomUUID(), iso14001())).getString("id");
        String ben = api.token("ben.buyer");
        String nobody = UUID.randomUUID().toString();
        for (String path : List.of("", "/versions/1")) {
            Api.Reply foreign = api.get(PATH + "/" + id + path, ben);
            Api.Reply none = api.get(PATH + "/" + nobody + path, ben);
            assertProblem(foreign, 404, "not.found");
            assertThat(foreign.status()).isEqualTo(none.status());
            assertThat(foreign.json().getString("code")).isEqualTo(none.json().getString("code"));
        }
        assertProblem(api.call("PUT", PATH + "/" + id, ben, "application/json", set("Taken", iso14001())), 404, "not.found");
        assertProblem(api.delete(PATH + "/" + id, ben), 404, "not.found");
        assertThat(api.all(PATH, ben)).extracting(o -> o.getString("id")).doesNotContain(id);
        assertThat(api.get(PATH + "/" + id, anna).json().getString("name")).startsWith("Private");

        for (String user : List.of("li.supplier", "wang.supplier", "chen.assessor", "sun.decider")) {
            String token = api.token(user);
            assertProblem(api.get(PATH, token), 403, null);
            assertProblem(api.post(PATH, token, set("Not mine", iso14001())), 403, null);
            assertProblem(api.get(PATH + "/" + id, token), 403, null);
        }
    }

    @Test
    void two_identical_creates_at_once_make_two_sets() {
        String body = set("Twice " + UUID.randomUUID(), iso14001());
        List<Api.Reply> replies = List.of(CompletableFuture.supplyAsync(() -> api.post(PATH, anna, body)),
                CompletableFuture.supplyAsync(() -> api.post(PATH, anna, body))).stream()
                .map(CompletableFuture::join).toList();
        assertThat(replies).extracting(Api.Reply::status).containsExactly(201, 201);
        assertThat(replies.stream().map(r -> r.json().getString("id")).distinct()).hasSize(2);
    }

    @Test
    void a_body_s_draft_scheme_is_as_unknown_to_a_buyer_as_none() {
        String draft = """
                {"code":"IT-%s","nameEn":"Draft only","nameZh":"仅草稿","validityMonths":36,"surveillanceMonths":12,
                 "criteria":[{"code":"SDS","titleEn":"Safety data sheet","evidenceTypes":["SAFETY_DATA_SHEET"],"maxAgeMonths":36}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        Api.Reply created = api.post("/api/schemes", api.token("sun.decider"), draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("state")).isEqualTo("DRAFT");
        assertNamed(set("x", credential(created.json().getString("id"))), "criteria.scheme.unknown", "Criterion 1",
                "holds-credential:");
    }

    @Test
    void two_identical_revisions_at_once_make_one_change_and_one_409() {
        String id = created(set("Race " + UUID.randomUUID(), iso14001())).getString("id");
        String etag = api.get(PATH + "/" + id, anna).header("ETag").orElseThrow();
        String body = set("Race revised", iso14001(), carbon("AT_MOST", "2", "KG_CO2E_PER_KG", 20));
        List<Api.Reply> replies = List.of(
                CompletableFuture.supplyAsync(() -> api.call("PUT", PATH + "/" + id, anna, "application/json", body, "If-Match", etag)),
                CompletableFuture.supplyAsync(() -> api.call("PUT", PATH + "/" + id, anna, "application/json", body, "If-Match", etag)))
                .stream().map(CompletableFuture::join).toList();
        assertThat(replies).extracting(Api.Reply::status).as(replies.toString()).containsExactlyInAnyOrder(200, 409);
        assertThat(replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().contentType())
                .startsWith("application/problem+json");
        assertThat(api.get(PATH + "/" + id, anna).json().getJsonArray("criteria")).hasSize(2);
    }

    private static void assertNamed(String body, String code, String... named) {
        Api.Reply reply = api.post(PATH, anna, body);
        assertProblem(reply, 400, code);
        assertThat(reply.json().getString("detail")).contains(named);
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
        }
    }
}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bounded work (issue 8, item 5; docs/adr/0013): every list of the API pages — a limit with a default and a
 * maximum, a stable order, the total in {@code X-Total-Count} — and refuses a limit or offset out of range
 * with a 400 problem naming the parameter; a tenant over its write quota and a client over the rate limit
 * get a 429 with {@code Retry-After}. Driven from {@link #LISTS}, the one list of the API's list operations,
 * which the OpenAPI document is checked against.
 */
@ExtendWith(StackExtension.class)
class PagingIT {

    /** A list operation of the API and a demo user who may read it. */
    record ListEndpoint(String path, String user) {
        String withQuery(String query) {
            return path + (path.contains("?") ? "&" : "?") + query;
        }
    }

    private static String evidenceId;
    private static String productId;

    /** Every list operation of the API ({@code {evidence}}, {@code {product}}: li.supplier's). */
    static final List<ListEndpoint> LISTS = List.of(
            new ListEndpoint("/api/products", "li.supplier"),
            new ListEndpoint("/api/products/{product}/history", "li.supplier"),
            new ListEndpoint("/api/facilities", "li.supplier"),
            new ListEndpoint("/api/evidence", "li.supplier"),
            new ListEndpoint("/api/evidence/expiring", "li.supplier"),
            new ListEndpoint("/api/evidence/{evidence}/grants", "li.supplier"),
            new ListEndpoint("/api/applications", "li.supplier"),
            new ListEndpoint("/api/applications/queues", "chen.assessor"),
            new ListEndpoint("/api/applications/queues/TO_REVIEW", "chen.assessor"),
            new ListEndpoint("/api/appeals", "li.supplier"),
            new ListEndpoint("/api/complaints", "anna.buyer"),
            new ListEndpoint("/api/criteria-sets", "anna.buyer"),
            new ListEndpoint("/api/invitations", "anna.buyer"),
            new ListEndpoint("/api/invitations", "li.supplier"),
            new ListEndpoint("/api/watch-list", "anna.buyer"),
            new ListEndpoint("/api/join-invitations", "anna.buyer"),
            new ListEndpoint("/api/schemes", "li.supplier"),
            new ListEndpoint("/api/schemes/offered", "li.supplier"),
            new ListEndpoint("/api/accreditations?body=sinoeco-cert", "li.supplier"),
            new ListEndpoint("/api/conflicts", "sun.decider"),
            new ListEndpoint("/api/audit/entries", "sun.decider"),
            new ListEndpoint("/api/tenants", "ada.admin"),
            new ListEndpoint("/api/reference/svhc/versions", "li.supplier"));

    /** Answers that are not one list but a list per key (each key paged alike). */
    static final Set<String> MAPS_OF_LISTS = Set.of("/api/applications/queues");

    private static Stack stack;
    private static Api api;
    private static final Map<String, String> TOKENS = new HashMap<>();

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        evidenceId = new CertificationSteps(s).evidence(token("li.supplier"), "SAFETY_DATA_SHEET", "Paging probe SDS");
        productId = new CertificationSteps(s).product(token("li.supplier"));
    }

    private static String token(String user) {
        return TOKENS.computeIfAbsent(user, api::token);
    }

    private static String path(ListEndpoint list, String query) {
        return (query == null ? list.path() : list.withQuery(query)).replace("{evidence}", evidenceId).replace("{product}", productId);
    }

    @Test
    void every_list_operation_of_the_openapi_document_is_in_the_list_and_documents_limit_offset_and_the_total()
            throws IOException {
        Api.Reply doc = Api.get(URI.create(stack.portalUrl() + "/openapi"), null, "Accept", "application/json");
        assertThat(doc.status()).isEqualTo(200);
        Files.writeString(stack.workDir.resolve("openapi.json"), doc.body());
        JsonObject paths = Json.createReader(new StringReader(doc.body())).readObject().getJsonObject("paths");
        Set<String> arrays = new TreeSet<>();
        Set<String> paged = new TreeSet<>();
        paths.forEach((path, item) -> {
            JsonObject get = item.asJsonObject().getJsonObject("get");
            if (get == null) {
                return;
            }
            if (returnsArray(get)) {
                arrays.add(path);
            }
            Set<String> parameters = get.containsKey("parameters") ? get.getJsonArray("parameters").stream()
                    .map(p -> p.asJsonObject().getString("name", "")).collect(Collectors.toSet()) : Set.of();
            if (parameters.containsAll(Set.of("limit", "offset"))) {
                paged.add(path);
                JsonObject ok = success(get);
                if (!MAPS_OF_LISTS.contains(path)) {
                    assertThat(ok.getJsonObject("headers")).as(path + " documents its total").containsKey("X-Total-Count");
                }
            }
        });
        Set<String> listed = LISTS.stream().map(l -> l.path().replaceFirst("\\?.*", "")
                .replace("{evidence}", "{id}").replace("{product}", "{id}").replace("/queues/TO_REVIEW", "/queues/{queue}")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(arrays).as("GET operations answering a JSON array (found in /openapi)").isNotEmpty();
        assertThat(listed).as("list operations of the API, as the OpenAPI document names them").containsAll(arrays);
        assertThat(paged).as("list operations documenting limit and offset").isEqualTo(listed);
    }

    /** The successful answer: "200", or "default" as Payara names a resource method's own return type. */
    private static JsonObject success(JsonObject get) {
        JsonObject responses = get.getJsonObject("responses");
        if (responses == null) {
            return null;
        }
        return responses.containsKey("200") ? responses.getJsonObject("200") : responses.getJsonObject("default");
    }

    private static boolean returnsArray(JsonObject get) {
        JsonObject ok = success(get);
        if (ok == null || !ok.containsKey("content")) {
            return false;
        }
        return ok.getJsonObject("content").values().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.containsKey("schema")).map(m -> m.getJsonObject("schema"))
                .anyMatch(schema -> "array".equals(schema.getString("type", ""))); // an answer that is an array, not one holding one
    }

    @Test
    void every_list_answers_a_page_with_its_total() {
        for (ListEndpoint list : LISTS) {
            Api.Reply reply = api.get(path(list, null), token(list.user()));
            assertThat(reply.status()).as(list + ": " + reply.body()).isEqualTo(200);
            if (MAPS_OF_LISTS.contains(list.path())) {
                reply.json().values().forEach(v -> assertThat(v.asJsonArray().size()).isLessThanOrEqualTo(50));
                continue;
            }
            assertThat(reply.header("X-Total-Count")).as(list + " X-Total-Count").isPresent();
            long total = Long.parseLong(reply.header("X-Total-Count").orElseThrow());
            assertThat(reply.jsonStructure().asJsonArray().size()).as(list.path()).isEqualTo((int) Math.min(total, 50));
        }
    }

    @Test
    void a_limit_or_offset_out_of_range_is_a_400_problem_naming_the_parameter_on_every_list() {
        Map<String, String> bad = Map.of("limit=0", "limit", "limit=-1", "limit", "limit=501", "limit",
                "limit=ten", "limit", "limit=2.5", "limit", "limit=99999999999", "limit",
                "offset=-1", "offset", "offset=first", "offset", "offset=2147483648", "offset");
        List<String> wrong = new ArrayList<>();
        for (ListEndpoint list : LISTS) {
            bad.forEach((query, parameter) -> {
                Api.Reply reply = api.get(path(list, query), token(list.user()));
                if (reply.status() != 400 || !reply.contentType().startsWith("application/problem+json")
                        || !reply.json().getString("detail", "").contains(parameter)
                        || !("page." + parameter + ".invalid").equals(reply.json().getString("code", ""))) {
                    wrong.add(list.path() + "?" + query + " -> " + reply.status() + " " + reply.body().substring(0,
                            Math.min(160, reply.body().length())));
                }
            });
        }
        assertThat(wrong).as("answers that are not a 400 problem naming the parameter").isEmpty();
        // in the caller's language
        Api.Reply zh = Api.get(URI.create(stack.portalUrl() + "/api/products?limit=0"), token("li.supplier"),
                "Accept-Language", "zh-CN");
        assertThat(zh.json().getString("detail")).contains("查询参数 limit");
    }

    @Test
    void the_default_page_is_bounded_and_the_last_page_has_no_next() {
        String li = token("li.supplier");
        importProducts(li, "Paging probe", 55);
        Api.Reply first = api.get("/api/products", li);
        long total = Long.parseLong(first.header("X-Total-Count").orElseThrow());
        assertThat(total).isGreaterThanOrEqualTo(55);
        assertThat(first.jsonStructure().asJsonArray()).hasSize(50);
        assertThat(first.header("Link").orElseThrow()).contains("rel=\"next\"").contains("offset=50");
        Api.Reply last = api.get("/api/products?limit=10&offset=" + (total - 1), li);
        assertThat(last.jsonStructure().asJsonArray()).hasSize(1);
        assertThat(String.join(",", last.headers().getOrDefault("link", List.of()))).doesNotContain("rel=\"next\"")
                .contains("rel=\"prev\"");
        Api.Reply past = api.get("/api/products?offset=" + (total + 100), li);
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.jsonStructure().asJsonArray()).isEmpty();
        assertThat(api.get("/api/products?limit=500", li).jsonStructure().asJsonArray()).hasSize((int) Math.min(total, 500));
    }

    @Test
    void pages_do_not_overlap_and_together_give_every_row_in_the_order_of_one_big_page() {
        importProducts(token("li.supplier"), "Paging order probe", 12);
        for (ListEndpoint list : LISTS) {
            if (MAPS_OF_LISTS.contains(list.path())) {
                continue;
            }
            String token = token(list.user());
            Api.Reply big = api.get(path(list, "limit=500"), token);
            List<String> whole = ids(big);
            long total = Long.parseLong(big.header("X-Total-Count").orElseThrow());
            assertThat(whole).as(list.path()).hasSize((int) Math.min(total, 500));
            List<String> paged = new ArrayList<>();
            int limit = 7;
            for (int offset = 0; paged.size() < whole.size() || offset == 0; offset += limit) {
                Api.Reply page = api.get(path(list, "limit=" + limit + "&offset=" + offset), token);
                assertThat(page.status()).as(list.path()).isEqualTo(200);
                assertThat(page.header("X-Total-Count")).as(list.path()).contains(String.valueOf(total));
                List<String> rows = ids(page);
                assertThat(rows.size()).as(list.path() + " page size").isLessThanOrEqualTo(limit);
                paged.addAll(rows);
                if (rows.size() < limit) {
                    break;
                }
            }
            if (paged.stream().allMatch(id -> !id.startsWith("{"))) {
                assertThat(new HashSet<>(paged)).as(list.path() + ": no row twice").hasSize(paged.size());
            }
            assertThat(paged.subList(0, Math.min(paged.size(), whole.size())))
                    .as(list.path() + ": the pages are the whole list, in order").isEqualTo(whole);
            if (total <= 500) {
                assertThat(paged).as(list.path() + ": nothing after the last row").hasSize(whole.size());
            }
        }
    }

    /** The rows' identities: the id where there is one, else the whole row. */
    private static List<String> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(o -> o.containsKey("id") ? o.getString("id") : o.toString()).toList();
    }

    @Test
    void write_quotas_hold_across_nodes_and_the_rate_limit_per_client_each_answer_429_with_retry_after()
            throws Exception {
        int port = com.greencert.keycloak.KeycloakServer.freePort();
        Path log = stack.workDir.resolve("paging-node.log");
        Process node = stack.launchPortal(port, "paging-node", log, Map.of(
                "greencert.quota.products-per-minute", "3",
                "greencert.quota.facilities-total", "1",
                "greencert.api.rate-limit.per-second", "1",
                "greencert.api.rate-limit.burst", "5"));
        try {
            Stack.awaitReady(port, node, log);
            URI second = URI.create("http://localhost:" + port);
            String li = token("li.supplier");

            // counted in the database: three products on the first node this minute leave none for the second
            awaitMinuteStart();
            for (int i = 0; i < 3; i++) {
                assertThat(api.post("/api/products", li, product("Quota probe " + i)).status()).isEqualTo(201);
            }
            Api.Reply refused = post(second, "/api/products", li, product("Quota probe over"));
            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("code")).isEqualTo("quota.product.per.minute");
            long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 60L);
            assertThat(refused.json().getString("detail")).contains("3 products a minute");

            // a total: li.supplier has at least its demo facility already
            Api.Reply total = post(second, "/api/facilities", li, """
                    {"name":"Quota probe plant","address":"1 Road","country":"CN"}""");
            assertThat(total.status()).as(total.body()).isEqualTo(429);
            assertThat(total.json().getString("code")).isEqualTo("quota.facility.total");
            assertThat(total.header("Retry-After")).isPresent();

            // the rate limit: one client on the second node spends its burst of five, then waits
            String wang = token("wang.supplier");
            List<Api.Reply> burst = IntStream.range(0, 12)
                    .mapToObj(i -> Api.get(second.resolve("/api/me"), wang)).toList();
            List<Api.Reply> limited = burst.stream().filter(r -> r.status() == 429).toList();
            assertThat(limited).as("429s among 12 quick requests, burst 5 at 1/s").isNotEmpty();
            assertThat(burst.stream().filter(r -> r.status() == 200).count()).isBetween(5L, 8L);
            assertThat(limited.getFirst().json().getString("code")).isEqualTo("api.rate.limited");
            assertThat(Long.parseLong(limited.getFirst().header("Retry-After").orElseThrow())).isBetween(1L, 5L);
            // another client is not held up by it
            assertThat(Api.get(second.resolve("/api/me"), token("anna.buyer")).status()).isEqualTo(200);
            // the IT stack's own node does not limit: the other tests are never throttled
            assertThat(IntStream.range(0, 30).map(i -> Api.get(URI.create(stack.portalUrl() + "/api/me"), wang).status())
                    .distinct().boxed().toList()).containsExactly(200);
        } finally {
            node.destroy();
            node.waitFor();
        }
    }

    private static String product(String name) {
        return """
                {"nameEn":"%s %s","hsCode":"340290",
                 "composition":[{"substanceName":"Ethanol","casNumber":"64-17-5","minPercent":5,"maxPercent":10}]}"""
                .formatted(name, UUID.randomUUID().toString().substring(0, 8));
    }

    private static Api.Reply post(URI node, String path, String token, String json) {
        return Api.send(HttpRequest.newBuilder(node.resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Waits for a fresh calendar minute if this one has less than 40 s left, so a quota window holds the test. */
    private static void awaitMinuteStart() throws InterruptedException {
        int second = LocalTime.now(ZoneOffset.UTC).getSecond();
        if (second > 20) {
            Thread.sleep((61 - second) * 1000L);
        }
    }

    private static void importProducts(String token, String prefix, int count) {
        StringBuilder csv = new StringBuilder("product key,name en,name zh,HS code,UN number,substance name,CAS,min %,max %\n");
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < count; i++) {
            csv.append("K").append(i).append(',').append(prefix).append(' ').append(run).append(' ').append(i)
                    .append(",探针,340290,,Ethanol,64-17-5,5,10\n");
        }
        Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/products/import?dryRun=false"))
                .header("Content-Type", "text/csv; charset=UTF-8").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }


}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.keycloak.KeycloakServer;
import com.greencert.registry.opensearch.OpenSearchNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second portal node on a real OpenSearch (GREENCERT_SEARCH_URL) beside the first on its embedded Lucene index,
 * one database (ADR 0018): the OpenSearch node builds its index from the database at start and answers what the
 * Lucene node answers; a rename made on the first node is searchable on the second within seconds (the change
 * feed); with OpenSearch down the search is a 503 problem, readiness says why and the rest of the node works; a
 * rename made during the outage is searchable once OpenSearch is back.
 */
@ExtendWith(StackExtension.class)
class RegistryOpenSearchIT {

    private static final String NODE = "payara-opensearch";
    private static final String SUPPLIER = "zhejiang-greenpower";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void a_node_on_opensearch_answers_as_lucene_follows_the_feed_and_survives_an_outage(Stack stack) throws Exception {
        Api api = new Api(stack);
        String li = api.token("li.supplier");
        String word = "Osprey" + UUID.randomUUID().toString().substring(0, 5);
        saveName(stack, li, "Zhejiang " + word + " GreenPower Battery Co., Ltd.");
        String lucene = stack.portalUrl();
        assertThat(await(lucene, word)).contains(SUPPLIER);

        try (OpenSearchNode search = OpenSearchNode.start()) {
            int port = KeycloakServer.freePort();
            Path log = stack.workDir.resolve(NODE + ".log");
            Process node = stack.launchPortal(port, NODE, log, Map.of("greencert.search.url", search.url().toString(),
                    "greencert.search.index", "it-registry-" + UUID.randomUUID().toString().substring(0, 8)));
            String open = "http://localhost:" + port;
            try {
                Stack.awaitReady(port, node, log);
                assertThat(await(open, word)).as("built from the database at start").contains(SUPPLIER);
                for (String q : List.of("lvneng", "绿能", "8507", "Zhejiang Green Power battery", "Zhejang Greenpowr", word)) {
                    assertThat(ids(open, q)).as("OpenSearch and Lucene on '%s'", q).isEqualTo(ids(lucene, q));
                }
                assertThat(Api.get(URI.create(open + "/health/ready"), null).body()).contains("opensearch");

                String renamed = "Kestrel" + UUID.randomUUID().toString().substring(0, 5);
                long start = System.nanoTime();
                saveName(stack, li, "Zhejiang " + renamed + " GreenPower Battery Co., Ltd.");
                assertThat(await(open, renamed)).as("a rename on the other node").contains(SUPPLIER);
                System.out.println("RegistryOpenSearchIT: a rename on node 1 was searchable on node 2 (OpenSearch) after "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");

                search.close();
                Api.Reply down = search(open, "lvneng");
                assertThat(down.status()).as(down.body()).isEqualTo(503);
                assertThat(down.contentType()).startsWith("application/problem+json");
                assertThat(down.header("Retry-After")).isPresent();
                assertThat(down.body()).doesNotContain(search.url().toString()).doesNotContain("Exception");
                Api.Reply ready = Api.get(URI.create(open + "/health/ready"), null);
                assertThat(ready.status()).as("the portal stays in the load balancer").isEqualTo(200);
                assertThat(ready.body()).contains("unavailable");
                assertThat(Api.get(URI.create(open + "/api/profile"), li).status()).as("the rest works").isEqualTo(200);
                String during = "Heron" + UUID.randomUUID().toString().substring(0, 5);
                saveName(stack, li, "Zhejiang " + during + " GreenPower Battery Co., Ltd.");

                search.restart();
                assertThat(await(open, during)).as("caught up when OpenSearch returned").contains(SUPPLIER);
            } finally {
                node.destroy();
                node.waitFor();
                saveName(stack, li, "Zhejiang GreenPower Battery Co., Ltd.");
            }
        }
    }

    private static void saveName(Stack stack, String token, String nameEn) {
        Api api = new Api(stack);
        Api.Reply before = api.get("/api/profile", token);
        String version = before.status() == 404 ? "null" : String.valueOf(before.json().getJsonNumber("version").longValue());
        String body = """
                {"version":%s,"legalNameEn":"%s","legalNameZh":"浙江绿能电池有限公司","country":"CN","uscc":"91330100MA2B3C4D5N",
                 "registeredAddress":"88 Xisaishan Road, Huzhou","contactName":"Li Wei","contactEmail":"li@example.cn"}"""
                .formatted(version, nameEn);
        Api.Reply saved = Api.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/profile"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static Api.Reply search(String base, String text) {
        return Api.get(URI.create(base + "/api/public/suppliers?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)), null);
    }

    private static List<String> ids(String base, String text) {
        Api.Reply r = search(base, text);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getJsonArray("suppliers").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    /** Searches until the supplier is found or {@link #WITHIN} has passed; the last ids found. */
    private static List<String> await(String base, String text) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (true) {
            Api.Reply r = search(base, text);
            if (r.status() == 200) {
                List<String> ids = r.json().getJsonArray("suppliers").stream().map(v -> v.asJsonObject().getString("id")).toList();
                if (ids.contains(SUPPLIER) || System.nanoTime() > deadline) {
                    return ids;
                }
            } else if (System.nanoTime() > deadline) {
                return List.of("HTTP " + r.status() + " " + r.body());
            }
            Thread.sleep(250);
        }
    }
}

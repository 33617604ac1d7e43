package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outside tester does on every landing: call every operation of the served OpenAPI document as each
 * demo user, with the ids of other tenants' private records in every path parameter, and read every list.
 * Nobody reads, changes or learns another tenant's private data; nothing answers 5xx.
 */
@ExtendWith(StackExtension.class)
class CrossTenantIT {

    /** Every demo user: one per role and tenant kind, and two tenants of each kind. */
    static final List<String> USERS = List.of("anna.buyer", "ben.buyer", "li.supplier", "wang.supplier",
            "chen.assessor", "zhou.reviewer", "sun.decider", "lin.director", "gao.assessor", "ma.reviewer",
            "he.decider", "ada.admin");
    private static final Set<String> CQC_STAFF = Set.of("gao.assessor", "ma.reviewer", "he.decider");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private static Api api;
    private static Stack stack;
    private static CertificationSteps steps;
    /** Private records: id → the users allowed to read it, and marker texts only their owner wrote. */
    private static final Map<String, Set<String>> READERS_OF_ID = new LinkedHashMap<>();
    private static final Map<String, String> OWNER_OF_MARKER = new LinkedHashMap<>();

    @BeforeAll
    static void privateRecords(Stack s) {
        stack = s;
        steps = new CertificationSteps(s);
        api = steps.api;
        for (String supplier : List.of("li.supplier", "wang.supplier")) {
            String token = api.token(supplier);
            String marker = "secret-" + UUID.randomUUID().toString().substring(0, 8);
            Api.Reply product = api.post("/api/products", token, """
                    {"nameEn":"%s","hsCode":"340290","composition":[{"substanceName":"Ethanol","casNumber":"64-17-5","minPercent":5,"maxPercent":10}]}"""
                    .formatted(marker));
            assertThat(product.status()).as(product.body()).isEqualTo(201);
            READERS_OF_ID.put(product.json().getString("id"), Set.of(supplier));
            OWNER_OF_MARKER.put(marker, supplier);
            String evidenceMarker = "secret-" + UUID.randomUUID().toString().substring(0, 8);
            READERS_OF_ID.put(steps.evidence(token, "TEST_REPORT", evidenceMarker), Set.of(supplier));
            OWNER_OF_MARKER.put(evidenceMarker, supplier);
            String draft = steps.completeDraft(token); // a draft: private to the supplier, even from the body
            READERS_OF_ID.put(draft, Set.of(supplier));
        }
        // a buyer's criteria sets: one its own alone, one it invited li for (so li knows of it, and reads the invitation)
        String anna = api.token("anna.buyer");
        String iso = """
                {"name":"%s","criteria":[{"kind":"managementSystem","standard":"ISO_14001","mandatory":true}]}""";
        String alone = api.post("/api/criteria-sets", anna, iso.formatted("secret-" + UUID.randomUUID())).json().getString("id");
        READERS_OF_ID.put(alone, Set.of("anna.buyer"));
        String invitedFor = api.post("/api/criteria-sets", anna, iso.formatted("Invited " + UUID.randomUUID()))
                .json().getString("id");
        Api.Reply invitation = api.post("/api/invitations", anna, """
                {"criteriaSet":"%s","supplier":"zhejiang-greenpower"}""".formatted(invitedFor));
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(201);
        READERS_OF_ID.put(invitedFor, Set.of("anna.buyer", "li.supplier"));
        READERS_OF_ID.put(invitation.json().getString("id"), Set.of("anna.buyer", "li.supplier"));
        // a link mailed to a supplier not on the portal: anna's alone, and its address with it
        String address = "secret-" + UUID.randomUUID().toString().substring(0, 8) + "@not-yet-on.example";
        Api.Reply mailed = api.post("/api/join-invitations", anna, """
                {"criteriaSet":"%s","email":"%s","companyName":"Not Yet On Co.","language":"en"}""".formatted(alone, address));
        assertThat(mailed.status()).as(mailed.body()).isEqualTo(201);
        READERS_OF_ID.put(mailed.json().getString("id"), Set.of("anna.buyer"));
        OWNER_OF_MARKER.put(address, "anna.buyer");
        // submitted to the second body: the supplier and that body's staff read it, SinoEco's staff do not
        String li = api.token("li.supplier");
        String toCqc = steps.completeDraft(li, "CGM-CHEM");
        steps.act(li, toCqc, "submit", "");
        Set<String> readers = new java.util.HashSet<>(CQC_STAFF);
        readers.add("li.supplier");
        READERS_OF_ID.put(toCqc, Set.copyOf(readers));
    }

    @Test
    void every_operation_as_every_user_with_other_tenants_ids_reveals_and_changes_nothing() {
        JsonObject paths = openApiPaths();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (String user : USERS) {
            String token = api.token(user);
            for (String path : paths.keySet()) {
                for (String method : paths.getJsonObject(path).keySet()) {
                    if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                        continue;
                    }
                    for (String url : urls(path, user)) {
                        if (url == null || (!method.equals("get") && !PARAM.matcher(path).find())) {
                            continue; // writes without a foreign id in the path create the caller's own records
                        }
                        Api.Reply r = call(method, url, token);
                        calls++;
                        check(user, method, path, url, r, failures);
                    }
                }
            }
        }
        assertThat(failures).as(calls + " calls").isEmpty();
    }

    private void check(String user, String method, String path, String url, Api.Reply r, List<String> failures) {
        String what = user + " " + method.toUpperCase() + " " + url + " -> " + r.status();
        if (r.status() >= 500) {
            failures.add(what + " (server error) " + abbreviated(r.body()));
        }
        boolean foreignId = !url.equals(path);
        if (foreignId && r.status() >= 200 && r.status() < 300) {
            failures.add(what + " (accepted with another tenant's id) " + abbreviated(r.body()));
        }
        OWNER_OF_MARKER.forEach((marker, owner) -> {
            if (!owner.equals(user) && r.body().contains(marker)) {
                failures.add(what + " (shows " + owner + "'s private " + marker + ")");
            }
        });
        READERS_OF_ID.forEach((id, readers) -> {
            if (!readers.contains(user) && !url.contains(id) && r.body().contains(id)) {
                failures.add(what + " (lists the private id " + id + " of " + readers + ")");
            }
        });
    }

    /** The path with each parameter replaced by another tenant's private id (or the path itself when it has none). */
    private static List<String> urls(String path, String user) {
        if (!PARAM.matcher(path).find()) {
            return List.of(path);
        }
        List<String> urls = new ArrayList<>();
        READERS_OF_ID.forEach((id, readers) -> {
            if (!readers.contains(user)) {
                Matcher m = PARAM.matcher(path);
                urls.add(m.replaceAll(p -> p.group(1).toLowerCase().contains("tenant") ? "sinoeco-cert" : id));
            }
        });
        return urls;
    }

    private static Api.Reply call(String method, String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{}");
        switch (method) {
            case "get" -> request.GET();
            case "delete" -> request.DELETE();
            default -> request.method(method.toUpperCase(), body);
        }
        return Api.send(request);
    }

    private static JsonObject openApiPaths() {
        Api.Reply doc = Api.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/openapi"))
                .header("Accept", "application/json").GET());
        assertThat(doc.status()).isEqualTo(200);
        JsonObject paths = doc.json().getJsonObject("paths");
        assertThat(paths.keySet()).as("operations in the OpenAPI document").hasSizeGreaterThan(20);
        return paths;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}

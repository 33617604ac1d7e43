package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations and matching (issue 11, ADR 0024) through the REST API on the real stack. anna.buyer (eurochem-buyer)
 * invites li.supplier (zhejiang-greenpower) for a set asking for li's certification scheme (mandatory) and a UN 38.3
 * test summary for its lithium products (weighted): while pending, anna sees li on public data only; once li accepts,
 * a summary li holds but has not shared is "unknown, not shared" with nothing of it shown; after li's one "share what
 * is needed", the line passes on that file (id, hash) and the score rises. ben.buyer and wang.supplier see none of it
 * (404), and every wrong step is a problem.
 */
@ExtendWith(StackExtension.class)
class InvitationApiIT {

    private static final String SETS = "/api/criteria-sets";
    private static final String INVITATIONS = "/api/invitations";
    private static final String WATCH = "/api/watch-list";
    private static final String LI_TENANT = "zhejiang-greenpower";
    private static final Set<String> LITHIUM = Set.of("UN3090", "UN3091", "UN3480", "UN3481");
    private static Stack stack;
    private static Api api;
    private static String anna;
    private static String ben;
    private static String li;
    private static String wang;
    private static String liScheme;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        anna = api.token("anna.buyer");
        ben = api.token("ben.buyer");
        li = api.token("li.supplier");
        wang = api.token("wang.supplier");
        String certified = api.all("/api/applications", li).stream()
                .filter(a -> a.getString("status").equals("CERTIFIED")).findFirst().orElseThrow().getString("id");
        liScheme = api.get("/api/applications/" + certified, li).json().getJsonObject("scheme").getString("id");
    }

    private static String newSet(String token) {
        Api.Reply created = api.post(SETS, token, """
                {"name":"Lithium batteries %s","criteria":[{"kind":"holdsCredential","scheme":"%s","mandatory":true},
                {"kind":"un383TestSummary","weight":60}]}""".formatted(UUID.randomUUID().toString().substring(0, 8), liScheme));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static Api.Reply invite(String token, String set, String supplier) {
        return api.post(INVITATIONS, token, """
                {"criteriaSet":"%s","supplier":"%s"}""".formatted(set, supplier));
    }

    private static JsonObject line(JsonObject measured, int position) {
        return measured.getJsonObject("result").getJsonArray("lines").getJsonObject(position - 1);
    }

    @Test
    void anna_invites_li_li_accepts_and_shares_what_is_needed_and_the_gap_closes() throws Exception {
        String set = newSet(anna);
        Api.Reply sent = invite(anna, set, LI_TENANT);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String id = sent.json().getString("id");
        assertThat(sent.json().getString("state")).isEqualTo("PENDING");
        assertThat(sent.json().getJsonObject("supplier").getString("name")).isEqualTo("Zhejiang GreenPower Battery Co., Ltd.");
        assertThat(api.get(SETS + "/" + set, anna).json().getBoolean("currentVersionUsed")).isTrue();
        assertProblem(invite(anna, set, LI_TENANT), 409, "invitation.already.pending");

        // pending: public data only; li's credential is public, the registry cannot tell about the summaries
        JsonObject pending = api.get(INVITATIONS + "/" + id, anna).json();
        assertThat(line(pending, 1).getString("outcome")).isEqualTo("PASS");
        assertThat(line(pending, 1).getJsonArray("basis").getJsonObject(0).getString("kind")).isEqualTo("credential");
        assertThat(line(pending, 2).getString("reason")).isEqualTo("match.reason.not.public");

        // li sees who asked what; sharing before accepting is refused
        JsonObject received = api.all(INVITATIONS, li).stream().filter(i -> i.getString("id").equals(id)).findFirst()
                .orElseThrow();
        assertThat(received.getJsonObject("buyer").getString("id")).isEqualTo("eurochem-buyer");
        assertProblem(api.post(INVITATIONS + "/" + id + "/share-needed", li, ""), 409, "invitation.share.not.accepted");

        Api.Reply accepted = api.post(INVITATIONS + "/" + id + "/accept", li, "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().getString("state")).isEqualTo("ACCEPTED");
        assertProblem(api.post(INVITATIONS + "/" + id + "/decline", li, ""), 409, "invitation.is.accepted");

        // li holds a summary covering all its lithium products, not shared with anna: unknown, and nothing of it shown
        List<String> lithium = api.all("/api/products", li).stream()
                .filter(p -> p.containsKey("unNumber") && !p.isNull("unNumber") && LITHIUM.contains(p.getString("unNumber")))
                .map(p -> p.getString("id")).toList();
        assertThat(lithium).isNotEmpty();
        String summary = uploadSummary(lithium);
        JsonObject before = api.get(INVITATIONS + "/" + id, anna).json();
        assertThat(line(before, 2).getString("outcome")).isEqualTo("UNKNOWN");
        assertThat(line(before, 2).getString("reason")).isEqualTo("match.reason.not.shared");
        assertThat(line(before, 2).getJsonArray("basis")).isEmpty();
        assertThat(before.toString()).doesNotContain(summary);
        assertThat(before.getJsonObject("result").getInt("score")).isZero();

        // li's to-do list is the same explanation
        assertThat(line(api.get(INVITATIONS + "/" + id, li).json(), 2).getString("reason")).isEqualTo("match.reason.not.shared");

        Api.Reply shared = api.post(INVITATIONS + "/" + id + "/share-needed", li, "");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().getJsonArray("evidence").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains(summary);
        assertThat(api.post(INVITATIONS + "/" + id + "/share-needed", li, "").json().getJsonArray("evidence")).isEmpty();

        JsonObject after = api.get(INVITATIONS + "/" + id, anna).json();
        assertThat(line(after, 2).getString("outcome")).as(after.toString()).isEqualTo("PASS");
        assertThat(line(after, 2).getJsonArray("basis").getValuesAs(JsonObject.class))
                .anySatisfy(b -> {
                    assertThat(b.getString("id")).isEqualTo(summary);
                    assertThat(b.getString("sha256")).hasSize(64);
                });
        assertThat(after.getJsonObject("result").getInt("score")).isEqualTo(100);
        assertThat(after.getJsonObject("result").getString("overall")).isEqualTo("PASS");

        JsonObject comparison = api.get(SETS + "/" + set + "/comparison", anna).json();
        assertThat(comparison.getJsonArray("suppliers").getValuesAs(JsonObject.class))
                .extracting(m -> m.getJsonObject("invitation").getString("id")).containsExactly(id);
        // before revising the set, anna sees what a mandatory ISO 45001 certificate would do to li: nothing saved
        String proposed = """
                {"name":"Lithium batteries","criteria":[{"kind":"holdsCredential","scheme":"%s","mandatory":true},
                {"kind":"un383TestSummary","weight":60},{"kind":"managementSystem","standard":"ISO_45001","mandatory":true}]}"""
                .formatted(liScheme);
        Api.Reply impact = api.post(SETS + "/" + set + "/impact", anna, proposed);
        assertThat(impact.status()).as(impact.body()).isEqualTo(200);
        JsonObject liImpact = impact.json().getJsonArray("suppliers").getJsonObject(0);
        assertThat(liImpact.getJsonObject("invitation").getString("id")).isEqualTo(id);
        assertThat(liImpact.getJsonObject("before").getString("overall")).isEqualTo("PASS");
        assertThat(liImpact.getJsonObject("after").getString("overall")).isNotEqualTo("PASS");
        assertThat(liImpact.getBoolean("changed")).isTrue();
        assertThat(impact.json().getInt("changed")).isEqualTo(1);
        assertThat(impact.json().getInt("proposedVersion")).isEqualTo(impact.json().getInt("currentVersion") + 1);
        assertThat(api.get(SETS + "/" + set, anna).json().getJsonArray("criteria")).hasSize(2);
        assertProblem(api.post(SETS + "/" + set + "/impact", anna, """
                {"name":"x","criteria":[{"kind":"un383TestSummary","weight":60},{"kind":"un383TestSummary","weight":60}]}"""),
                400, null);
        assertThat(api.post(SETS + "/" + set + "/impact", ben, proposed).status()).isEqualTo(404);

        // and as a workbook for the buyer's spreadsheet
        Api.Reply xlsx = api.get(SETS + "/" + set + "/comparison.xlsx", anna);
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void another_buyer_and_another_supplier_see_nothing_of_it_and_roles_are_kept() {
        String set = newSet(anna);
        String id = invite(anna, set, LI_TENANT).json().getString("id");

        for (String outsider : List.of(ben, wang)) {
            assertProblem(api.get(INVITATIONS + "/" + id, outsider), 404, "not.found");
            assertThat(api.all(INVITATIONS, outsider)).extracting(i -> i.getString("id")).doesNotContain(id);
        }
        assertProblem(api.post(INVITATIONS + "/" + id + "/accept", wang, ""), 404, "not.found");
        assertProblem(api.post(INVITATIONS + "/" + id + "/withdraw", ben, ""), 404, "not.found");
        assertProblem(api.get(SETS + "/" + set + "/comparison", ben), 404, "not.found");
        assertThat(api.get(SETS + "/" + set + "/comparison.xlsx", ben).status()).isEqualTo(404);
        assertThat(api.get(SETS + "/" + set + "/comparison.csv", ben).status()).isEqualTo(404);
        assertProblem(invite(ben, set, LI_TENANT), 404, "not.found");
        assertProblem(api.get(SETS + "/" + set + "/comparison", li), 403, null);
        assertProblem(api.post(INVITATIONS + "/" + id + "/withdraw", li, ""), 403, null);
        assertProblem(api.post(INVITATIONS + "/" + id + "/accept", anna, ""), 403, null);
        assertProblem(invite(li, set, LI_TENANT), 403, null);

        // anna withdraws; li can no longer answer; inviting again renews the same invitation
        assertThat(api.post(INVITATIONS + "/" + id + "/withdraw", anna, "").json().getString("state")).isEqualTo("WITHDRAWN");
        assertProblem(api.post(INVITATIONS + "/" + id + "/accept", li, ""), 409, "invitation.is.withdrawn");
        Api.Reply again = invite(anna, set, LI_TENANT);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().getString("id")).isEqualTo(id);
        assertThat(again.json().getString("state")).isEqualTo("PENDING");
    }

    @Test
    void bad_invitations_are_problems_and_two_identical_ones_at_once_make_one() throws Exception {
        String set = newSet(anna);
        assertProblem(api.post(INVITATIONS, anna, "{\"criteriaSet\":"), 400, "body.unreadable");
        assertProblem(api.post(INVITATIONS, anna, "[]"), 400, null);
        assertProblem(api.post(INVITATIONS, anna, "{\"supplier\":\"" + LI_TENANT + "\"}"), 400, "field.required");
        assertProblem(api.post(INVITATIONS, anna, "{\"criteriaSet\":7,\"supplier\":\"" + LI_TENANT + "\"}"), 400,
                "field.type.text");
        assertProblem(invite(anna, "not-a-uuid", LI_TENANT), 400, null);
        assertProblem(invite(anna, set, "no-such-supplier"), 404, "not.found");
        assertProblem(invite(anna, set, "pacific-retail"), 404, "not.found");
        assertProblem(invite(anna, UUID.randomUUID().toString(), LI_TENANT), 404, "not.found");
        assertProblem(api.post(INVITATIONS, anna, "{\"criteriaSet\":\"" + set + "\",\"supplier\":\"" + "x".repeat(5000)
                + "\"}"), 413, "invitation.body.too.large");
        assertProblem(api.get(INVITATIONS + "/" + UUID.randomUUID(), anna), 404, "not.found");

        List<Integer> statuses = List.of(CompletableFuture.supplyAsync(() -> invite(anna, set, "jiangsu-qingyuan")),
                        CompletableFuture.supplyAsync(() -> invite(anna, set, "jiangsu-qingyuan")))
                .stream().map(CompletableFuture::join).map(Api.Reply::status).sorted().toList();
        assertThat(statuses).containsExactly(201, 409);
        assertThat(api.all(INVITATIONS, wang).stream().filter(i -> i.getString("criteriaSet").equals(set))
                .collect(Collectors.toList())).hasSize(1);
    }

    @Test
    void a_watching_buyer_hears_of_a_suspended_certificate_in_the_portal_and_by_mail() throws Exception {
        Api.Reply watched = api.call("PUT", WATCH + "/" + LI_TENANT, anna, "application/json", "");
        assertThat(watched.status()).as(watched.body()).isEqualTo(200);
        assertThat(watched.json().getJsonObject("supplier").getString("id")).isEqualTo(LI_TENANT);
        assertThat(api.call("PUT", WATCH + "/" + LI_TENANT, anna, "application/json", "").status()).isEqualTo(200);
        String certified = api.all("/api/applications", li).stream()
                .filter(a -> a.getString("status").equals("CERTIFIED")).findFirst().orElseThrow().getString("id");
        CertificationSteps steps = new CertificationSteps(stack);
        String sun = api.token("sun.decider");
        steps.act(sun, certified, "suspend", "{\"reason\":\"Complaint: undeclared DEHP found in a shipment\"}");
        try {
            JsonObject entry = api.all(WATCH, anna).stream()
                    .filter(w -> w.getJsonObject("supplier").getString("id").equals(LI_TENANT)).findFirst().orElseThrow();
            assertThat(entry.getJsonArray("alerts").getValuesAs(JsonObject.class))
                    .anySatisfy(a -> {
                        assertThat(a.getString("kind")).isEqualTo("CREDENTIAL_SUSPENDED");
                        assertThat(a.getString("message")).contains("is suspended").doesNotContain("CREDENTIAL_");
                    });
            awaitMail("anna.buyer@eurochem.example", "a certificate was suspended");
            // another buyer that does not watch li hears nothing, and sees nothing of anna's list
            assertThat(api.all(WATCH, ben)).noneMatch(w -> w.getJsonObject("supplier").getString("id").equals(LI_TENANT)
                    && w.getString("watchedBy").equals("anna.buyer"));
        } finally {
            steps.act(sun, certified, "restore", "{\"reason\":\"Lab retest below 0.1 %\"}");
        }
        assertProblem(api.get(WATCH, li), 403, null);
        assertProblem(api.call("PUT", WATCH + "/pacific-retail", anna, "application/json", ""), 404, "not.found");
        assertProblem(api.call("PUT", WATCH + "/no-such-supplier", anna, "application/json", ""), 404, "not.found");
        assertThat(api.delete(WATCH + "/" + LI_TENANT, anna).status()).isEqualTo(204);
        assertProblem(api.delete(WATCH + "/" + LI_TENANT, anna), 404, "not.found");
    }

    @Test
    void a_new_svhc_list_shows_before_it_is_imported_which_products_suppliers_and_buyers_it_changes() throws Exception {
        String marker = "Impact solvent " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply product = api.post("/api/products", li, """
                {"nameEn":"%s","hsCode":"340290","composition":[{"substanceName":"Ethanol","casNumber":"64-17-5","minPercent":5,"maxPercent":10}]}"""
                .formatted(marker));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        assertThat(api.call("PUT", WATCH + "/" + LI_TENANT, anna, "application/json", "").status()).isEqualTo(200);
        String starter;
        try (var in = InvitationApiIT.class.getResourceAsStream("/reference/svhc-starter.csv")) {
            starter = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String candidate = (starter.endsWith("\n") ? starter : starter + "\n")
                + "\"Ethanol (impact test)\",\"200-578-6\",\"64-17-5\",\"2026-11-30\",\"Test entry\"\n";
        String ada = api.token("ada.admin");
        try {
            Api.Reply impact = api.call("POST", "/api/regulation-impact/svhc", ada, "text/csv", candidate);
            assertThat(impact.status()).as(impact.body()).isEqualTo(200);
            assertThat(impact.json().getInt("screened")).isPositive();
            assertThat(impact.json().getJsonArray("changes").getValuesAs(JsonObject.class)).anySatisfy(c -> {
                assertThat(c.getString("product")).isEqualTo(marker);
                assertThat(c.getJsonObject("supplier").getString("id")).isEqualTo(LI_TENANT);
                assertThat(c.getString("before")).isEqualTo("NOT_ON_LIST");
                assertThat(c.getString("after")).isEqualTo("EXCEEDS_THRESHOLD");
                assertThat(c.getBoolean("worse")).isTrue();
            });
            assertThat(impact.json().getJsonArray("buyers").getValuesAs(JsonObject.class))
                    .extracting(b -> b.getString("id")).contains("eurochem-buyer");
            // nothing was imported: the list in force is unchanged
            assertThat(api.all("/api/reference/svhc/versions", li)).noneMatch(v -> v.getString("label").equals("candidate"));
            assertProblem(api.call("POST", "/api/regulation-impact/svhc", anna, "text/csv", candidate), 403, null);
            assertProblem(api.call("POST", "/api/regulation-impact/svhc", li, "text/csv", candidate), 403, null);
            assertProblem(api.call("POST", "/api/regulation-impact/svhc", ada, "text/csv",
                    starter + "\"Broken\",\"not-an-ec\",\"1-2-3\",\"someday\",\"x\"\n"), 400, null);
        } finally {
            api.delete(WATCH + "/" + LI_TENANT, anna);
        }
    }

    private static void awaitMail(String address, String subjectText) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            for (jakarta.mail.internet.MimeMessage m : stack.mailsTo(address)) {
                if (m.getSubject().contains(subjectText)) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + address + " saying " + subjectText);
    }

    @Test
    void identical_requests_at_once_and_a_deeply_nested_body_get_clear_answers_never_a_500() {
        String set = newSet(anna);
        String id = invite(anna, set, LI_TENANT).json().getString("id");
        assertThat(api.get(INVITATIONS + "/" + id, li).json().getJsonObject("invitation").getJsonArray("actions")
                .getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactlyInAnyOrder("accept", "decline");

        // two acceptances at once: one is taken, the other told it came too late
        List<Api.Reply> accepts = twice(() -> api.post(INVITATIONS + "/" + id + "/accept", li, ""));
        assertThat(accepts).extracting(Api.Reply::status).as(accepts.toString()).containsExactlyInAnyOrder(200, 409);
        assertThat(api.get(INVITATIONS + "/" + id, anna).json().getJsonObject("invitation").getString("state"))
                .isEqualTo("ACCEPTED");

        // two "share what is needed" at once: both answered, neither a server error
        List<Api.Reply> shares = twice(() -> api.post(INVITATIONS + "/" + id + "/share-needed", li, ""));
        assertThat(shares).extracting(Api.Reply::status).as(shares.toString()).allMatch(st -> st == 200 || st == 409)
                .contains(200);

        // two identical watches at once: one row, the other a 200 or a readable 409
        String wangTenant = "jiangsu-qingyuan";
        List<Api.Reply> watches = twice(() -> api.call("PUT", WATCH + "/" + wangTenant, anna, "application/json", ""));
        assertThat(watches).extracting(Api.Reply::status).as(watches.toString()).allMatch(st -> st == 200 || st == 409)
                .contains(200);
        assertThat(api.all(WATCH, anna)).filteredOn(w -> w.getJsonObject("supplier").getString("id").equals(wangTenant))
                .hasSize(1);
        assertThat(api.delete(WATCH + "/" + wangTenant, anna).status()).isEqualTo(204);

        // a body nested deeper than any invitation needs is refused before it is read
        String nested = "{\"criteriaSet\":" + "[".repeat(200) + "]".repeat(200) + ",\"supplier\":\"" + LI_TENANT + "\"}";
        Api.Reply deep = api.post(INVITATIONS, anna, nested);
        assertThat(deep.status()).as(deep.body()).isEqualTo(400);
        assertThat(deep.contentType()).startsWith("application/problem+json");
    }

    private static List<Api.Reply> twice(java.util.function.Supplier<Api.Reply> request) {
        return List.of(CompletableFuture.supplyAsync(request), CompletableFuture.supplyAsync(request)).stream()
                .map(CompletableFuture::join).toList();
    }

    @Test
    void a_declared_carbon_footprint_is_unknown_until_declared_then_passes_on_its_evidence_or_fails_above_the_limit()
            throws Exception {
        Api.Reply created = api.post(SETS, anna, """
                {"name":"Low carbon %s","criteria":[{"kind":"declaredValueLimit","quantity":"CARBON_FOOTPRINT",
                "comparison":"AT_MOST","limit":2.5,"unit":"kg CO2e/kg","mandatory":true}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply sent = invite(anna, created.json().getString("id"), LI_TENANT);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String id = sent.json().getString("id");
        assertThat(api.post(INVITATIONS + "/" + id + "/accept", li, "").status()).isEqualTo(200);
        List<String> products = api.all("/api/products", li).stream().map(p -> p.getString("id")).toList();
        String first = products.getFirst();
        try {
            assertThat(line(api.get(INVITATIONS + "/" + id, anna).json(), 1).getString("reason"))
                    .isEqualTo("match.reason.value.undeclared");

            String declaration = uploadSummary(List.of(first)); // any current piece of li's vault may support a value
            for (String p : products) {
                Api.Reply declared = declare(li, p, "1.80", "kg CO2e/kg", p.equals(first) ? declaration : null);
                assertThat(declared.status()).as(declared.body()).isEqualTo(200);
            }
            JsonObject stored = api.get("/api/products/" + first, li).json().getJsonArray("declaredValues").getJsonObject(0);
            assertThat(stored.getString("quantity")).isEqualTo("CARBON_FOOTPRINT");
            assertThat(stored.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("1.8");
            assertThat(stored.getString("unit")).isEqualTo("kg CO2e/kg");
            assertThat(stored.getString("evidenceId")).isEqualTo(declaration);
            JsonObject passing = line(api.get(INVITATIONS + "/" + id, anna).json(), 1);
            assertThat(passing.getString("outcome")).as(passing.toString()).isEqualTo("PASS");

            assertThat(declare(li, first, "3.1", "kg CO2e/kg", null).status()).isEqualTo(200);
            JsonObject failing = line(api.get(INVITATIONS + "/" + id, anna).json(), 1);
            assertThat(failing.getString("outcome")).isEqualTo("FAIL");
            assertThat(failing.getString("reason")).isEqualTo("match.reason.value.outside");

            // the same declaration twice at once: each a 200 or a clear 409, never a 500, and one value kept
            for (Api.Reply r : twice(() -> declare(li, first, "3.1", "kg CO2e/kg", null))) {
                assertThat(r.status()).as(r.body()).isIn(200, 409);
                if (r.status() == 409) {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                }
            }
            assertThat(api.get("/api/products/" + first, li).json().getJsonArray("declaredValues")).hasSize(1);
            // a body nested deeper than a declaration needs is refused before it is read
            Api.Reply deep = api.call("PUT", "/api/products/" + first + "/declared-values", li, "application/json",
                    "{\"declaredValues\":" + "[".repeat(200) + "]".repeat(200) + "}");
            assertThat(deep.status()).as(deep.body()).isEqualTo(400);

            // refused in words, and nothing changes: a wrong unit, an unknown quantity, the same quantity twice,
            // another tenant's (or no) evidence, too many digits; wang cannot reach li's product; no body at all
            assertProblem(declare(li, first, "1.0", "%", null), 400, "declared.value.unit");
            assertProblem(api.call("PUT", "/api/products/" + first + "/declared-values", li, "application/json",
                    "{\"declaredValues\":[{\"quantity\":\"CO2\",\"value\":1,\"unit\":\"%\"}]}"), 400,
                    "declared.value.quantity");
            assertProblem(api.call("PUT", "/api/products/" + first + "/declared-values", li, "application/json", """
                    {"declaredValues":[{"quantity":"RECYCLED_CONTENT","value":10,"unit":"%"},
                    {"quantity":"RECYCLED_CONTENT","value":20,"unit":"%"}]}"""), 409, "declared.value.duplicate");
            assertProblem(declare(li, first, "1.0", "kg CO2e/kg", UUID.randomUUID().toString()), 409,
                    "declared.value.evidence");
            assertProblem(declare(li, first, "1.0", "kg CO2e/kg", "not-an-id"), 400, "id.malformed");
            assertProblem(declare(li, first, "1.00001", "kg CO2e/kg", null), 400, "declared.value.digits");
            assertProblem(declare(li, first, "-1", "kg CO2e/kg", null), 400, "declared.value.range");
            assertThat(declare(wang, first, "1.0", "kg CO2e/kg", null).status()).isEqualTo(404);
            assertThat(declare(anna, first, "1.0", "kg CO2e/kg", null).status()).isEqualTo(403);
            assertProblem(api.call("PUT", "/api/products/" + first + "/declared-values", li, "application/json", "{}"),
                    400, null);
            assertThat(api.get("/api/products/" + first, li).json().getJsonArray("declaredValues").getJsonObject(0)
                    .getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("3.1");
        } finally {
            for (String p : products) { // leave li's products as the other tests know them
                api.call("PUT", "/api/products/" + p + "/declared-values", li, "application/json", "{\"declaredValues\":[]}");
            }
        }
    }

    private static Api.Reply declare(String token, String product, String value, String unit, String evidence) {
        return api.call("PUT", "/api/products/" + product + "/declared-values", token, "application/json", """
                {"declaredValues":[{"quantity":"CARBON_FOOTPRINT","value":%s,"unit":"%s","evidenceId":%s}]}"""
                .formatted(value, unit, evidence == null ? "null" : "\"" + evidence + "\""));
    }

    private static String uploadSummary(List<String> products) throws Exception {
        String metadata = """
                {"type":"UN38_3_SUMMARY","title":"UN 38.3 test summary %s","issuer":"SGS-CSTC Standards Technical Services (Shanghai)",
                 "issuedOn":"2026-06-15","language":"en","productIds":[%s],"facilityIds":[]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8),
                        products.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")));
        Api.Reply up = api.upload("/api/evidence", li, metadata, "un38-3.pdf", "application/pdf",
                EvidenceApiIT.pdf("UN 38.3 summary"), null);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        return up.json().getString("id");
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
        }
    }
}

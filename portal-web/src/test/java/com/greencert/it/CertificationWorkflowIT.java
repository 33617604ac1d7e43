package com.greencert.it;

import static com.greencert.it.CertificationSteps.assertProblem;
import static com.greencert.it.CertificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The certification workflow through the REST API against MariaDB + Keycloak + Payara with real tokens for
 * each role: li.supplier applies, chen.assessor evaluates, zhou.reviewer reviews, sun.decider decides,
 * lin.director (assessor, reviewer and decision-maker) handles appeals. Illegal transitions are 409
 * problems that change nothing; other tenants see nothing.
 */
@ExtendWith(StackExtension.class)
class CertificationWorkflowIT {

    private static CertificationSteps steps;
    private static Api api;
    private static String li, wang, anna, chen, zhou, sun, lin;

    @BeforeAll
    static void setUp(Stack stack) {
        steps = new CertificationSteps(stack);
        api = steps.api;
        li = api.token("li.supplier");
        wang = api.token("wang.supplier");
        anna = api.token("anna.buyer");
        chen = api.token("chen.assessor");
        zhou = api.token("zhou.reviewer");
        sun = api.token("sun.decider");
        lin = api.token("lin.director");
    }

    @Test
    void an_application_goes_from_draft_through_findings_to_certified() throws Exception {
        String product = steps.product(li);
        JsonObject draft = ok(api.post("/api/applications", li,
                "{\"schemeId\":\"" + steps.scheme(li, "GCE-SILVER") + "\"}"), 201);
        String app = draft.getString("id");
        assertThat(actions(draft)).contains("edit", "submit", "cancel").doesNotContain("accept");
        assertThat(draft.getJsonObject("bodyName").getString("zh")).isEqualTo("华绿认证中心");

        steps.act(li, app, "cover", "{\"productIds\":[\"" + product + "\"]}");
        assertProblem(api.post("/api/applications/" + app + "/submit", li, ""), 409, "not complete");
        JsonObject incomplete = ok(api.get("/api/applications/" + app, li), 200);
        assertThat(incomplete.getJsonArray("missing")).hasSize(2);

        steps.act(li, app, "attach", "{\"evidenceId\":\"" + steps.evidence(li, "SAFETY_DATA_SHEET", "SDS") + "\"}");
        steps.act(li, app, "attach", "{\"evidenceId\":\"" + steps.evidence(li, "REACH_DECLARATION", "REACH") + "\"}");
        JsonObject submitted = steps.act(li, app, "submit", "");
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(actions(submitted)).containsExactly("cancel");

        // the body sees it in its queue; deciding before review is refused and changes nothing
        assertThat(queue(chen, "TO_REVIEW")).contains(app);
        steps.awaitMail("chen.assessor@sinoeco.example", app, "审查申请"); // chen reads Chinese
        long version = submitted.getJsonNumber("version").longValue();
        assertProblem(api.post("/api/applications/" + app + "/decide", sun, "{\"outcome\":\"GRANT\"}"), 409,
                "cannot decide an application that is SUBMITTED");
        assertThat(ok(api.get("/api/applications/" + app, sun), 200).getJsonNumber("version").longValue()).isEqualTo(version);

        JsonObject accepted = steps.act(chen, app, "accept", "{\"note\":\"complete\"}");
        assertThat(actions(accepted)).contains("review-criterion", "plan-audit", "raise-finding", "complete-evaluation");
        steps.act(chen, app, "review-criterion", "{\"criterion\":\"SDS\",\"conforms\":true}");
        steps.act(chen, app, "review-criterion", "{\"criterion\":\"REACH\",\"conforms\":false,\"note\":\"SVHC list version outdated\"}");
        assertProblem(api.post("/api/applications/" + app + "/plan-audit", chen, "{\"plannedOn\":\"" + LocalDate.now()
                + "\",\"auditor\":\"zhou.reviewer\",\"mode\":\"ON_SITE\"}"), 409, "not one of the certification body");
        steps.act(chen, app, "plan-audit", "{\"plannedOn\":\"" + LocalDate.now() + "\",\"auditor\":\"chen.assessor\",\"mode\":\"ON_SITE\"}");
        String report = steps.evidence(chen, "AUDIT_REPORT", "On-site audit report");
        steps.recordAudit(chen, app, report);
        JsonObject withFinding = steps.act(chen, app, "raise-finding", "{\"severity\":\"MAJOR\",\"criterion\":\"REACH\","
                + "\"description\":\"Declaration against the 2025 candidate list\",\"dueOn\":\"" + LocalDate.now().plusDays(30) + "\"}");
        String finding = withFinding.getJsonArray("findings").getJsonObject(0).getString("id");
        JsonObject corrective = steps.act(chen, app, "complete-evaluation", "");
        assertThat(corrective.getString("status")).isEqualTo("CORRECTIVE_ACTION");
        JsonObject forSupplier = ok(api.get("/api/applications/" + app, li), 200);
        assertThat(forSupplier.getJsonObject("nextStep").getString("what")).isEqualTo("next.correct");
        assertThat(forSupplier.getJsonObject("nextStep").getString("dueOn")).isEqualTo(LocalDate.now().plusDays(30).toString());

        String fix = steps.evidence(li, "REACH_DECLARATION", "REACH declaration, current list");
        steps.act(li, app, "respond-to-finding", "{\"findingId\":\"" + finding + "\",\"correction\":\"Re-declared\","
                + "\"evidenceId\":\"" + fix + "\"}");
        assertProblem(api.post("/api/applications/" + app + "/complete-verification", chen, ""), 409, "still block");
        steps.act(chen, app, "verify-correction", "{\"findingId\":\"" + finding + "\",\"effective\":true}");
        assertThat(steps.act(chen, app, "complete-verification", "").getString("status")).isEqualTo("INDEPENDENT_REVIEW");

        // the assessor may not review; the reviewer may
        assertProblem(api.post("/api/applications/" + app + "/review", chen, "{\"recommendation\":\"GRANT\"}"), 403, "reviewer");
        steps.act(zhou, app, "review", "{\"recommendation\":\"GRANT\",\"note\":\"file complete\"}");
        assertThat(queue(sun, "DECISIONS_PENDING")).contains(app);
        steps.awaitMail("sun.decider@sinoeco.example", app, "认证决定");
        steps.awaitMail("lin.director@sinoeco.example", app, "certification decision"); // lin reads English
        JsonObject certified = steps.act(sun, app, "decide", "{\"outcome\":\"GRANT\"}");
        assertThat(certified.getString("status")).isEqualTo("CERTIFIED");
        assertThat(certified.getJsonObject("certificate").getString("validUntil"))
                .isEqualTo(LocalDate.now().plusMonths(24).minusDays(1).toString());
        assertThat(actions(ok(api.get("/api/applications/" + app, li), 200))).containsExactly("renew");
        assertThat(certified.getJsonArray("history").size()).isGreaterThan(15);
        steps.awaitMail("li.supplier@zj-greenpower.example", app, "已授予认证");

        // nobody else sees it
        assertProblem(api.get("/api/applications/" + app, wang), 404, "");
        assertThat(api.get("/api/applications/" + app, anna).status()).isIn(403, 404);
        Api.Reply wangs = api.get("/api/applications", wang);
        assertThat(wangs.status()).isEqualTo(200);
        assertThat(ids(wangs.jsonStructure().asJsonArray())).doesNotContain(app);
    }

    @Test
    void the_evaluator_cannot_review_and_a_declared_conflict_blocks_every_body_action() {
        String app = steps.evaluated(li, lin, "lin.director");
        assertProblem(api.post("/api/applications/" + app + "/review", lin, "{\"recommendation\":\"GRANT\"}"), 409,
                "took part in this application");
        steps.act(zhou, app, "review", "{\"recommendation\":\"GRANT\"}");
        assertProblem(api.post("/api/applications/" + app + "/decide", lin, "{\"outcome\":\"GRANT\"}"), 409,
                "took part in this application");

        String other = steps.completeDraft(wang);
        steps.act(wang, other, "submit", "");
        ok(api.post("/api/conflicts", chen, "{\"supplier\":\"jiangsu-qingyuan\",\"reason\":\"Former employer (2019-2023)\"}"), 201);
        assertProblem(api.post("/api/applications/" + other + "/accept", chen, ""), 409, "conflict of interest");
        assertThat(actions(ok(api.get("/api/applications/" + other, chen), 200))).isEmpty();
        steps.act(lin, other, "accept", "");
    }

    @Test
    void two_staff_acting_at_once_one_wins_the_other_gets_a_conflict() throws Exception {
        String app = steps.completeDraft(li);
        JsonObject submitted = steps.act(li, app, "submit", "");
        String version = "\"" + submitted.getJsonNumber("version").longValue() + "\"";
        var accept = CompletableFuture.supplyAsync(() -> ifMatch(app, "accept", chen, version, "{}"));
        var giveBack = CompletableFuture.supplyAsync(() -> ifMatch(app, "return", lin, version, "{\"reason\":\"SDS in wrong language\"}"));
        List<Api.Reply> replies = List.of(accept.get(), giveBack.get());
        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 409);
        Api.Reply loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        JsonObject now = ok(api.get("/api/applications/" + app, chen), 200);
        assertThat(now.getString("status")).isIn("EVALUATION", "RETURNED");
        long acts = now.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("accept") || e.getString("action").equals("return")).count();
        assertThat(acts).isEqualTo(1);
        // a stale version is refused even when alone
        assertThat(ifMatch(app, "cancel", li, version, "{}").status()).isEqualTo(409);
    }

    @Test
    void suspension_restoration_withdrawal_and_an_upheld_appeal() {
        String app = steps.evaluated(li, chen, "chen.assessor");
        steps.act(zhou, app, "review", "{\"recommendation\":\"GRANT\"}");
        steps.act(sun, app, "decide", "{\"outcome\":\"GRANT\"}");
        assertProblem(api.post("/api/applications/" + app + "/suspend", sun, "{}"), 400, "reason");
        JsonObject suspended = steps.act(sun, app, "suspend", "{\"reason\":\"Complaint: undeclared DEHP found in shipment\"}");
        assertThat(suspended.getString("status")).isEqualTo("SUSPENDED");
        assertThat(actions(ok(api.get("/api/applications/" + app, li), 200))).containsExactly("appeal");
        assertThat(steps.act(sun, app, "restore", "{\"reason\":\"Lab retest below 0.1 %\"}").getString("status")).isEqualTo("CERTIFIED");
        assertThat(steps.act(sun, app, "withdraw", "{\"reason\":\"Surveillance refused twice\"}").getString("status"))
                .isEqualTo("WITHDRAWN");
        assertProblem(api.post("/api/applications/" + app + "/restore", sun, "{\"reason\":\"x\"}"), 409, "WITHDRAWN");

        JsonObject appeal = ok(api.post("/api/applications/" + app + "/appeals", li,
                "{\"grounds\":\"The second surveillance was postponed by the body itself\"}"), 201);
        String appealId = appeal.getString("id");
        assertProblem(api.post("/api/applications/" + app + "/appeals", li, "{\"grounds\":\"again\"}"), 409, "open already");
        assertThat(appealActions(app, sun)).isEmpty();
        assertThat(appealActions(app, lin)).containsExactly("take-up");
        assertProblem(api.post("/api/appeals/" + appealId + "/take-up", sun, ""), 409, "took part");
        assertThat(ok(api.post("/api/appeals/" + appealId + "/take-up", lin, ""), 200).getString("status"))
                .isEqualTo("UNDER_CONSIDERATION");
        assertThat(ok(api.post("/api/appeals/" + appealId + "/uphold", lin, "{\"outcome\":\"Withdrawal not justified\"}"), 200)
                .getString("status")).isEqualTo("UPHELD");
        JsonObject reinstated = ok(api.get("/api/applications/" + app, li), 200);
        assertThat(reinstated.getString("status")).isEqualTo("CERTIFIED");
        assertThat(reinstated.getJsonArray("appeals").getJsonObject(0).getString("outcome")).isEqualTo("Withdrawal not justified");
        Api.Reply own = api.get("/api/appeals", li);
        Api.Reply others = api.get("/api/appeals", wang);
        assertThat(List.of(own.status(), others.status())).containsOnly(200);
        assertThat(own.body()).contains(appealId);
        assertThat(others.body()).doesNotContain(appealId);
    }

    @Test
    void a_refusal_appealed_and_dismissed_and_a_buyers_complaint() {
        String app = steps.evaluated(li, chen, "chen.assessor");
        steps.act(zhou, app, "review", "{\"recommendation\":\"REFUSE\",\"note\":\"REACH declaration unsigned\"}");
        assertProblem(api.post("/api/applications/" + app + "/decide", sun, "{\"outcome\":\"REFUSE\"}"), 400, "reason");
        assertThat(steps.act(sun, app, "decide", "{\"outcome\":\"REFUSE\",\"reason\":\"Unsigned declaration\"}")
                .getString("status")).isEqualTo("REFUSED");
        String appealId = ok(api.post("/api/applications/" + app + "/appeals", li, "{\"grounds\":\"Signed copy attached\"}"), 201)
                .getString("id");
        ok(api.post("/api/appeals/" + appealId + "/take-up", lin, ""), 200);
        assertThat(ok(api.post("/api/appeals/" + appealId + "/dismiss", lin, "{\"outcome\":\"Signature added after the decision\"}"), 200)
                .getString("status")).isEqualTo("DISMISSED");
        assertThat(ok(api.get("/api/applications/" + app, li), 200).getString("status")).isEqualTo("REFUSED");

        String certified = steps.evaluated(li, chen, "chen.assessor");
        steps.act(zhou, certified, "review", "{\"recommendation\":\"GRANT\"}");
        steps.act(sun, certified, "decide", "{\"outcome\":\"GRANT\"}");
        JsonObject complaint = ok(api.post("/api/complaints", anna, "{\"certification\":\"" + certified
                + "\",\"subject\":\"Drum labels lack the GHS pictogram\"}"), 201);
        String id = complaint.getString("id");
        assertProblem(api.post("/api/complaints/" + id + "/investigate", li, ""), 403, "");
        ok(api.post("/api/complaints/" + id + "/investigate", chen, ""), 200);
        assertThat(ok(api.post("/api/complaints/" + id + "/close", chen,
                "{\"substantiated\":true,\"outcome\":\"Labels corrected; surveillance brought forward\"}"), 200)
                .getString("status")).isEqualTo("SUBSTANTIATED");
        Api.Reply complaints = api.get("/api/complaints", anna);
        assertThat(complaints.status()).isEqualTo(200);
        assertThat(complaints.body()).contains("Labels corrected");
    }

    @Test
    void two_identical_scheme_writes_at_once_make_one_scheme_and_one_409() {
        String scheme = schemeJson(newSchemeCode());
        List<Api.Reply> created = twice(() -> api.post("/api/schemes", sun, scheme));
        assertThat(created).extracting(Api.Reply::status).as(created.toString()).containsExactlyInAnyOrder(201, 409);
        String id = created.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().getString("id");
        ok(api.post("/api/schemes/" + id + "/publish", sun, "{}"), 200);
        List<Api.Reply> next = twice(() -> api.post("/api/schemes/" + id + "/next-version", sun, "{}"));
        assertThat(next).extracting(Api.Reply::status).as(next.toString()).containsExactlyInAnyOrder(201, 409);
        assertThat(next.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().contentType())
                .startsWith("application/problem+json");
    }

    private static String newSchemeCode() {
        return "IT-" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** A new scheme as its body writes it: one criterion, a UN 38.3 summary at most 60 months old. */
    private static String schemeJson(String code) {
        return """
                {"code":"%s","nameEn":"Battery Safety Export","nameZh":"电池安全出口","validityMonths":36,"surveillanceMonths":12,
                 "criteria":[{"code":"UN38","titleEn":"UN 38.3 test summary","evidenceTypes":["UN38_3_SUMMARY"],"maxAgeMonths":60}]}"""
                .formatted(code);
    }

    private static List<Api.Reply> twice(java.util.function.Supplier<Api.Reply> call) {
        return List.of(CompletableFuture.supplyAsync(call), CompletableFuture.supplyAsync(call)).stream()
                .map(CompletableFuture::join).toList();
    }

    @Test
    void a_scheme_version_is_a_draft_until_published_then_frozen_and_only_the_bodys_admin_writes_schemes_and_scope() {
        String code = newSchemeCode();
        String scheme = schemeJson(code);
        assertProblem(api.post("/api/schemes", chen, scheme), 403, "");
        assertProblem(api.post("/api/schemes", li, scheme), 403, "");
        JsonObject created = ok(api.post("/api/schemes", sun, scheme), 201);
        String id = created.getString("id");
        assertThat(created.getString("state")).isEqualTo("DRAFT");
        assertThat(created.containsKey("publishedAt") && !created.isNull("publishedAt")).isFalse();
        assertProblem(api.post("/api/schemes", sun, scheme), 409, "already");
        assertProblem(api.post("/api/schemes", sun, scheme.replace("\"maxAgeMonths\":60", "\"maxAgeMonths\":600")), 400, "months");

        // a draft may change, is no one else's to read, and no application may be made against it
        assertThat(ok(api.call("PUT", "/api/schemes/" + id, sun, "application/json", scheme.replace("\"maxAgeMonths\":60", "\"maxAgeMonths\":48")), 200)
                .getJsonArray("criteria").getJsonObject(0).getInt("maxAgeMonths")).isEqualTo(48);
        assertThat(api.get("/api/schemes/" + id, li).status()).isEqualTo(404);
        assertProblem(api.post("/api/applications", li, "{\"schemeId\":\"" + id + "\"}"), 409, "is a draft");
        assertProblem(api.post("/api/schemes/" + id + "/publish", chen, ""), 403, "");
        assertThat(api.post("/api/schemes/" + id + "/publish", api.token("he.decider"), "").status()).isEqualTo(404);
        JsonObject published = ok(api.post("/api/schemes/" + id + "/publish", sun, ""), 200);
        assertThat(published.getString("state")).isEqualTo("PUBLISHED");
        assertThat(published.getString("publishedAt")).isNotBlank();
        assertProblem(api.post("/api/schemes/" + id + "/publish", sun, ""), 409, "published already");
        assertThat(ok(api.get("/api/schemes/" + id, li), 200).getString("state")).isEqualTo("PUBLISHED");

        // no application may start before the body is accredited for the scheme
        assertProblem(api.post("/api/applications", li, "{\"schemeId\":\"" + id + "\"}"), 409, "not accredited");
        assertProblem(api.post("/api/accreditations", chen, "{\"schemeCode\":\"" + code + "\",\"hsChapters\":[\"85\"]}"), 403, "");
        assertProblem(api.post("/api/accreditations", sun, "{\"schemeCode\":\"" + code + "\",\"hsChapters\":[\"8\"]}"), 400, "HS chapter");
        ok(api.post("/api/accreditations", sun, "{\"schemeCode\":\"" + code + "\",\"hsChapters\":[\"85\"]}"), 201);
        String app = ok(api.post("/api/applications", li, "{\"schemeId\":\"" + id + "\"}"), 201).getString("id");
        // a chapter-34 product is outside this scope
        assertProblem(api.post("/api/applications/" + app + "/cover", li, "{\"productIds\":[\"" + steps.product(li) + "\"]}"),
                409, "outside");

        assertProblem(api.call("PUT", "/api/schemes/" + id, sun, "application/json", scheme), 409, "is published");
        JsonObject next = ok(api.post("/api/schemes/" + id + "/next-version", sun, ""), 201);
        assertThat(next.getInt("version")).isEqualTo(2);
        assertThat(next.getBoolean("frozen")).isFalse();
        assertThat(next.getString("state")).isEqualTo("DRAFT");
        assertProblem(api.post("/api/schemes/" + id + "/next-version", sun, ""), 409, "still a draft");
    }

    private static Api.Reply ifMatch(String app, String action, String token, String version, String json) {
        return Api.send(HttpRequest.newBuilder(URI.create(steps.stack.portalUrl() + "/api/applications/" + app + "/" + action))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("If-Match", version).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> appealActions(String app, String token) {
        return ok(api.get("/api/applications/" + app, token), 200).getJsonArray("appeals").getJsonObject(0)
                .getJsonArray("allowedActions").stream().map(v -> v.asJsonObject().getString("action")).toList();
    }

    private static List<String> actions(JsonObject application) {
        return application.getJsonArray("allowedActions").stream().map(v -> v.asJsonObject().getString("action")).toList();
    }

    /** The whole queue, page by page (a queue lists the longest waiting first). */
    private static List<String> queue(String token, String queue) {
        return api.all("/api/applications/queues/" + queue, token).stream().map(o -> o.getString("id")).toList();
    }

    private static List<String> ids(jakarta.json.JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getString("id")).toList();
    }
}

package com.greencert.it;

import static com.greencert.it.CertificationSteps.assertProblem;
import static com.greencert.it.CertificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * No dead ends in the workflow (issue 12, item 3), on the real stack. In headless Chromium an assessor
 * (chen.assessor) declares a conflict of interest with li.supplier's company, chosen from a list by its name;
 * the body's queue and the application then say why chen cannot act on li's submitted application; chen ends
 * the conflict (kept in the list, dated) and accepts the application; sun.decider sees a new scheme version marked
 * as a draft and publishes it after confirming. Through the API: a duplicate declaration,
 * ending someone else's or another body's declaration, an application against a draft scheme version, and an audit
 * recorded as held before its planned date are refused with problem+json; a supplier is offered only published
 * scheme versions of accredited bodies, by the body's name.
 */
@ExtendWith(StackExtension.class)
class WorkflowDeadEndsIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));
    private static final String CONFLICT_TEXT = "You declared a conflict of interest with this supplier";
    private static final String CONFLICT_TEXT_ZH = "您已声明与该供应商存在利益冲突";

    private static Stack stack;
    private static CertificationSteps steps;
    private static Api api;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        steps = new CertificationSteps(s);
        api = steps.api;
    }

    @Test
    void a_conflicted_assessor_sees_why_and_after_ending_the_conflict_can_act() throws Exception {
        String li = api.token("li.supplier");
        String chen = api.token("chen.assessor");
        String app = steps.completeDraft(li);
        JsonObject submitted = steps.act(li, app, "submit", "");
        String supplier = submitted.getString("supplier");
        String supplierName = submitted.getJsonObject("supplierName").getString("en");
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/schemes");
            browser.signInAtKeycloak("chen.assessor", Api.DEMO_PASSWORD);
            browser.await(By.id("conflicts"));
            browser.choose("conflict-supplier", supplierName.substring(0, Math.min(12, supplierName.length())),
                    supplierName);
            browser.click(By.cssSelector("#conflict-reason textarea"));
            browser.await(By.cssSelector("#conflict-reason textarea")).sendKeys("Former employer (2019-2023)");
            browser.click(By.id("conflict-declare"));
            browser.wait.until(d -> Browser.cells(d).stream().anyMatch(t -> t.contains(supplierName)));
            assertThat(Browser.cells(browser.driver)).noneMatch(t -> t.equals(supplier));

            // the queue lists li's application, and says why chen cannot act on it
            browser.open(stack.portalUrl() + "/applications");
            browser.await(By.id("work-queues"));
            browser.wait.until(d -> Browser.cells(d).stream().anyMatch(t -> t.contains(CONFLICT_TEXT)));
            browser.screenshot(SCREENSHOTS.resolve("queue-blocked-en.png"));
            browser.click(By.id("language-switch"));
            browser.wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> Browser.cells(d).stream().anyMatch(t -> t.contains(CONFLICT_TEXT_ZH)));
            browser.screenshot(SCREENSHOTS.resolve("queue-blocked-zh.png"));
            browser.click(By.id("language-switch"));
            browser.wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> Browser.cells(d).stream().anyMatch(t -> t.contains(CONFLICT_TEXT)));
            JsonObject blocked = ok(api.get("/api/applications/" + app, chen), 200).getJsonObject("blocked");
            assertThat(blocked.getString("reason")).isEqualTo("conflict-of-interest");
            assertThat(blocked.getString("message")).contains(CONFLICT_TEXT);
            assertThat(queued(chen, app).getJsonObject("blocked").getString("reason")).isEqualTo("conflict-of-interest");

            // the application itself says so too, and offers no action
            browser.open(stack.portalUrl() + "/applications/" + app);
            browser.wait.until(d -> d.findElement(By.id("application-blocked")).getText().contains(CONFLICT_TEXT));
            assertThat(browser.driver.findElements(By.id("action-accept"))).isEmpty();

            // chen ends the conflict: it stays in the list, ended
            String conflict = activeConflict(chen, supplier).getString("id");
            browser.open(stack.portalUrl() + "/schemes");
            browser.click(By.id("conflict-end-" + conflict));
            browser.wait.until(d -> d.findElements(By.id("conflict-end-" + conflict)).isEmpty()
                    && Browser.cells(d).stream().anyMatch(t -> t.startsWith("Ended ")));
            JsonObject ended = conflicts(chen).stream().filter(c -> c.getString("id").equals(conflict)).findFirst()
                    .orElseThrow();
            assertThat(ended.getBoolean("active")).isFalse();
            assertThat(ended.getString("endedBy")).isEqualTo("chen.assessor");

            // now chen can act
            browser.open(stack.portalUrl() + "/applications/" + app);
            browser.await(By.id("action-accept"));
            assertThat(browser.driver.findElements(By.id("application-blocked"))).isEmpty();
            browser.click(By.id("action-accept"));
            browser.settle();
            browser.click(By.id("dialog-confirm"));
            browser.wait.until(d -> d.findElements(By.id("dialog-confirm")).isEmpty());
            awaitStatus(app, li, "EVALUATION");
        } finally {
            // never leave chen conflicted with li: other tests act on li's applications as chen
            List<JsonObject> active = conflicts(chen).stream()
                    .filter(c -> c.getString("supplier").equals(supplier) && c.getBoolean("active")).toList();
            active.forEach(c -> api.post("/api/conflicts/" + c.getString("id") + "/end", chen, "{}"));
        }
    }

    @Test
    void a_duplicate_declaration_is_refused_and_only_its_declarer_or_an_admin_of_the_body_ends_it() {
        String chen = api.token("chen.assessor");
        String supplier = newSupplierTenant();
        String body = "{\"supplier\":\"" + supplier + "\",\"reason\":\"Relative works there\"}";
        JsonObject declared = ok(api.post("/api/conflicts", chen, body), 201);
        assertThat(declared.getJsonObject("supplierName").getString("en")).isEqualTo("Dead Ends Test Supplier");
        assertThat(declared.getBoolean("active")).isTrue();
        assertProblem(api.post("/api/conflicts", chen, body), 409, "already declared a conflict of interest with "
                + "Dead Ends Test Supplier");
        String end = "/api/conflicts/" + declared.getString("id") + "/end";
        // another body's staff: as if it did not exist; a colleague who is not an administrator: forbidden
        assertProblem(api.post(end, api.token("gao.assessor"), "{}"), 404, "");
        assertProblem(api.post(end, api.token("he.decider"), "{}"), 404, "");
        assertProblem(api.post(end, api.token("zhou.reviewer"), "{}"), 403, "");
        JsonObject ended = ok(api.post(end, chen, "{\"reason\":\"The relative left\"}"), 200);
        assertThat(ended.getBoolean("active")).isFalse();
        assertThat(ended.getString("endedAt")).isNotBlank();
        assertProblem(api.post(end, chen, "{}"), 409, "already ended");
        // kept in the history, and a new declaration may follow
        assertThat(conflicts(chen)).anyMatch(c -> c.getString("id").equals(declared.getString("id"))
                && !c.getBoolean("active"));
        JsonObject again = ok(api.post("/api/conflicts", chen, body), 201);
        ok(api.post("/api/conflicts/" + again.getString("id") + "/end", api.token("sun.decider"), "{}"), 200);
        assertThat(conflicts(api.token("gao.assessor"))).noneMatch(c -> c.getString("supplier").equals(supplier));
    }

    @Test
    void suppliers_are_offered_only_published_schemes_of_accredited_bodies_by_the_body_name() {
        String li = api.token("li.supplier");
        String admin = api.token("sun.decider");
        String code = "IT-DRAFT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String draft = ok(api.post("/api/schemes", admin, """
                {"code":"%s","nameEn":"Not accredited","validityMonths":24,"surveillanceMonths":12,
                 "criteria":[{"code":"SDS","titleEn":"Safety data sheet","evidenceTypes":["SAFETY_DATA_SHEET"]}]}"""
                .formatted(code)), 201).getString("id");
        List<JsonObject> schemes = offered(li);
        assertThat(schemes).isNotEmpty();
        assertThat(schemes).anyMatch(o -> o.getJsonObject("scheme").getString("code").equals("GCE-SILVER"));
        assertThat(schemes).allMatch(o -> o.getJsonObject("scheme").getString("state").equals("PUBLISHED"));
        assertThat(schemes).noneMatch(o -> o.getJsonObject("scheme").getString("code").equals(code));
        assertThat(schemes).allMatch(o -> !o.getJsonObject("bodyName").getString("en")
                .equals(o.getJsonObject("scheme").getString("body")));
        assertProblem(api.post("/api/applications", li, "{\"schemeId\":\"" + draft + "\"}"), 409, code);
        assertProblem(api.get("/api/schemes/offered", api.token("chen.assessor")), 403, "");

        // accredited but still a draft: neither offered nor listed to a supplier, and refused
        ok(api.post("/api/accreditations", admin, "{\"schemeCode\":\"" + code + "\",\"hsChapters\":[\"38\"]}"), 201);
        assertThat(offered(li)).noneMatch(o -> o.getJsonObject("scheme").getString("code").equals(code));
        assertThat(api.all("/api/schemes", li)).noneMatch(o -> o.getString("code").equals(code));
        assertProblem(api.post("/api/applications", li, "{\"schemeId\":\"" + draft + "\"}"), 409,
                "Scheme " + code + " version 1 is a draft");

        // published by its body: offered by the body's name, and an application may start
        assertThat(api.post("/api/schemes/" + draft + "/publish", api.token("he.decider"), "").status()).isEqualTo(404);
        ok(api.post("/api/schemes/" + draft + "/publish", admin, ""), 200);
        assertProblem(api.post("/api/schemes/" + draft + "/publish", admin, ""), 409, "published already");
        JsonObject now = offered(li).stream().filter(o -> o.getJsonObject("scheme").getString("id").equals(draft))
                .findFirst().orElseThrow();
        assertThat(now.getJsonObject("bodyName").getString("en")).isEqualTo("SinoEco Certification Centre");
        String app = ok(api.post("/api/applications", li, "{\"schemeId\":\"" + draft + "\"}"), 201).getString("id");
        steps.act(li, app, "cancel", "{}");
    }

    @Test
    void a_bodys_administrator_sees_a_draft_as_such_and_publishes_it_after_confirming() throws Exception {
        String sun = api.token("sun.decider");
        String code = "PUB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String id = ok(api.post("/api/schemes", sun, """
                {"code":"%s","nameEn":"Published in the portal","validityMonths":24,"surveillanceMonths":12,
                 "criteria":[{"code":"SDS","titleEn":"Safety data sheet","evidenceTypes":["SAFETY_DATA_SHEET"]}]}"""
                .formatted(code)), 201).getString("id");
        List<String> own = api.all("/api/schemes", sun).stream().map(o -> o.getString("id")).toList();
        By state = By.id("scheme-state-" + code.toLowerCase() + "-v1");
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/schemes");
            browser.signInAtKeycloak("sun.decider", Api.DEMO_PASSWORD);
            // the grid lists the body's versions in the API's order: bring the draft's row into view
            browser.driver.executeScript("arguments[0].scrollToIndex(arguments[1])", browser.await(By.id("schemes-grid")),
                    own.indexOf(id));
            browser.wait.until(d -> d.findElement(state).getText().equals("Draft"));
            browser.click(state);
            browser.wait.until(d -> d.findElement(By.id("scheme-publish")).getDomAttribute("disabled") == null);
            assertThat(browser.driver.findElement(By.cssSelector("#scheme-form h3")).getText()).contains(code);
            browser.screenshot(SCREENSHOTS.resolve("scheme-draft-en.png"));
            browser.click(By.id("scheme-publish"));
            browser.settle();
            browser.click(By.id("dialog-confirm"));
            browser.wait.until(d -> d.findElements(By.id("dialog-confirm")).isEmpty());
        }
        JsonObject published = ok(api.get("/api/schemes/" + id, sun), 200);
        assertThat(published.getString("state")).isEqualTo("PUBLISHED");
        assertThat(published.getString("publishedAt")).isNotBlank();
    }

    @Test
    void an_audit_is_recorded_only_with_a_report_attached_to_the_application_and_not_before_its_planned_date() {
        String li = api.token("li.supplier");
        String chen = api.token("chen.assessor");
        String app = steps.completeDraft(li);
        steps.act(li, app, "submit", "");
        steps.act(chen, app, "accept", "{\"note\":\"complete\"}");
        LocalDate today = LocalDate.now();
        steps.act(chen, app, "plan-audit", "{\"plannedOn\":\"" + today + "\",\"auditor\":\"chen.assessor\",\"mode\":\"REMOTE\"}");
        String report = steps.evidence(chen, "AUDIT_REPORT", "Remote audit report " + UUID.randomUUID().toString().substring(0, 6));
        // a report of the body's own vault, but not attached to this application
        assertProblem(api.post("/api/applications/" + app + "/record-audit", chen, "{\"heldOn\":\"" + today
                + "\",\"reportEvidenceId\":\"" + report + "\"}"), 409, "Attach the audit report to this application");
        // only the body's own audit reports are attached: not the supplier's SDS, not another body's report
        String sds = CertificationSteps.ok(api.get("/api/applications/" + app, chen), 200).getJsonArray("evidence")
                .getJsonObject(0).getString("id");
        assertProblem(api.post("/api/applications/" + app + "/attach-audit-report", chen,
                "{\"evidenceId\":\"" + sds + "\"}"), 409, "of the type");
        String gao = api.token("gao.assessor");
        String elsewhere = steps.evidence(gao, "AUDIT_REPORT", "Another body's report");
        assertProblem(api.post("/api/applications/" + app + "/attach-audit-report", chen,
                "{\"evidenceId\":\"" + elsewhere + "\"}"), 404, "");
        assertProblem(api.post("/api/applications/" + app + "/attach-audit-report", gao,
                "{\"evidenceId\":\"" + elsewhere + "\"}"), 404, "");
        // the same attachment twice at once: each a 200 or a readable 409, never a 500, and the report attached once
        String attach = "/api/applications/" + app + "/attach-audit-report";
        String body = "{\"evidenceId\":\"" + report + "\"}";
        java.util.concurrent.CompletableFuture<Api.Reply> first =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> api.post(attach, chen, body));
        java.util.concurrent.CompletableFuture<Api.Reply> second =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> api.post(attach, chen, body));
        for (Api.Reply r : List.of(first.join(), second.join())) {
            assertThat(r.status()).as(r.body()).isIn(200, 409);
        }
        JsonObject attached = ok(api.get("/api/applications/" + app, chen), 200);
        assertThat(attached.getJsonObject("audit").getJsonArray("attachedReports")).hasSize(1);
        assertThat(attached.getJsonObject("audit").getJsonArray("attachedReports").getJsonObject(0).getString("id"))
                .isEqualTo(report);
        assertProblem(api.post("/api/applications/" + app + "/record-audit", chen, "{\"heldOn\":\"" + today.minusDays(1)
                + "\",\"reportEvidenceId\":\"" + report + "\"}"), 409, "it was planned for " + today);
        assertProblem(api.post("/api/applications/" + app + "/record-audit", api.token("gao.assessor"), "{\"heldOn\":\""
                + today + "\",\"reportEvidenceId\":\"" + report + "\"}"), 404, "");
        steps.act(chen, app, "record-audit", "{\"heldOn\":\"" + today + "\",\"reportEvidenceId\":\"" + report + "\"}");
    }

    // ---------------------------------------------------------------------------------------------


    private static List<JsonObject> offered(String token) {
        Api.Reply offered = api.get("/api/schemes/offered", token);
        assertThat(offered.status()).as(offered.body()).isEqualTo(200);
        return offered.jsonStructure().asJsonArray().stream().map(v -> v.asJsonObject()).toList();
    }

    private static List<JsonObject> conflicts(String token) {
        return api.all("/api/conflicts", token);
    }

    private static JsonObject activeConflict(String token, String supplier) {
        return conflicts(token).stream().filter(c -> c.getString("supplier").equals(supplier) && c.getBoolean("active"))
                .findFirst().orElseThrow();
    }

    private static JsonObject queued(String token, String app) {
        return api.all("/api/applications/queues/to-review", token).stream()
                .filter(s -> s.getString("id").equals(app)).findFirst().orElseThrow();
    }

    private static String newSupplierTenant() {
        String alias = "it-dead-" + UUID.randomUUID().toString().substring(0, 8);
        ok(api.post("/api/tenants", api.token("ada.admin"), """
                {"alias":"%s","nameEn":"Dead Ends Test Supplier","nameZh":"死路测试供应商","type":"SUPPLIER","country":"CN",
                 "adminUsername":"%s.admin","adminEmail":"admin@%s.example","adminFirstName":"Dead","adminLastName":"Ends"}"""
                .formatted(alias, alias, alias)), 201);
        return alias;
    }

    private static void awaitStatus(String app, String token, String status) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        String now = null;
        while (System.currentTimeMillis() < until) {
            now = ok(api.get("/api/applications/" + app, token), 200).getString("status");
            if (now.equals(status)) {
                return;
            }
            Thread.sleep(250);
        }
        assertThat(now).as("status of " + app).isEqualTo(status);
    }
}

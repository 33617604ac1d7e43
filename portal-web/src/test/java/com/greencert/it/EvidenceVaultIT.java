package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The evidence both sides use, in headless Chromium: the certification body's assessor (chen.assessor) opens
 * and downloads a document the supplier attached, from the application and from the criterion review dialog
 * (the bytes hash to what was uploaded, and the body's own audit chain records the read); the supplier
 * (li.supplier) uploads two files in a row, makes a new version of one, shares one with the buyer EuroChem
 * (anna.buyer's company, chosen by name) and revokes it; and retires a piece with a reason, which the vault then
 * lists only when asked to, marked retired, without the actions a retired piece cannot take. Screenshots:
 * {@code docs/images/review-evidence-en.png} (and {@code -zh.png}), {@code docs/images/vault-sharing-en.png} (and
 * {@code -zh.png}) and {@code vault-retired-en.png}.
 */
@ExtendWith(StackExtension.class)
class EvidenceVaultIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));
    private static final String BUYER = "EuroChem Procurement GmbH";
    private static Stack stack;
    private static CertificationSteps steps;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        steps = new CertificationSteps(s);
    }

    @Test
    void the_assessor_opens_and_downloads_the_attached_evidence_inside_the_application() throws Exception {
        String li = steps.api.token("li.supplier");
        String chen = steps.api.token("chen.assessor");
        String app = steps.completeDraft(li);
        // beside the degreaser, a cable plasticised with DEHP (a candidate-list SVHC) at 0.5-1.5 %
        String degreaser = CertificationSteps.ok(steps.api.get("/api/applications/" + app, li), 200)
                .getJsonArray("products").getJsonObject(0).getString("id");
        Api.Reply cable = steps.api.post("/api/products", li, """
                {"nameEn":"PVC cable %s","nameZh":"聚氯乙烯电缆","hsCode":"854449",
                 "composition":[{"substanceName":"Bis(2-ethylhexyl) phthalate","casNumber":"117-81-7","minPercent":0.5,"maxPercent":1.5}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(cable.status()).as(cable.body()).isEqualTo(201);
        steps.act(li, app, "cover", "{\"productIds\":[\"" + degreaser + "\",\"" + cable.json().getString("id") + "\"]}");
        steps.act(li, app, "submit", "");
        steps.act(chen, app, "accept", "{\"note\":\"complete\"}");
        JsonObject sds = CertificationSteps.ok(steps.api.get("/api/applications/" + app, chen), 200)
                .getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("SAFETY_DATA_SHEET")).findFirst().orElseThrow();
        String id = sds.getString("id");
        String sha256 = sha256(EvidenceApiIT.pdf("SDS degreaser"));

        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/applications/" + app);
            browser.signInAtKeycloak("chen.assessor", Api.DEMO_PASSWORD);
            browser.await(By.id("application-status"));
            // in the application's evidence list: open (inline) and download (attachment), the same verified bytes
            Map<String, Object> opened = fetch(browser, "#attached-evidence-grid #open-" + id);
            assertThat(opened).containsEntry("status", 200L).containsEntry("sha256", sha256);
            assertThat((String) opened.get("disposition")).startsWith("inline");
            Map<String, Object> downloaded = fetch(browser, "#attached-evidence-grid #download-" + id);
            assertThat(downloaded).containsEntry("status", 200L).containsEntry("sha256", sha256);
            assertThat((String) downloaded.get("disposition")).startsWith("attachment");

            // the criterion review shows what the criterion relies on, openable there too
            reviewDialog(browser, "SDS");
            browser.wait.until(d -> d.findElement(By.id("criterion-pieces")).getText().contains("SDS degreaser"));
            assertThat(fetch(browser, "#criterion-pieces #download-" + id)).containsEntry("sha256", sha256);
            // the body reads the SVHC screening of each product in scope, the substance above 0.1 % named
            String products = browser.await(By.id("criterion-products")).getDomProperty("textContent");
            assertThat(products).contains("Water-based degreaser").contains("No SVHC above 0.1 %")
                    .contains("SVHC above 0.1 %: Bis(2-ethylhexyl) phthalate (CAS 117-81-7)").doesNotContain("Not screened");
            browser.screenshot(SCREENSHOTS.resolve("review-evidence-en.png"));
            browser.click(By.id("dialog-cancel"));
            browser.wait.until(d -> d.findElements(By.id("dialog-cancel")).isEmpty());
            browser.click(By.id("language-switch"));
            browser.wait.ignoring(StaleElementReferenceException.class).until(d ->
                    d.findElement(By.id("application-status")).getText().matches(".*\\p{IsHan}.*"));
            reviewDialog(browser, "SDS");
            browser.wait.until(d -> d.findElement(By.id("criterion-pieces")).getText().contains("SDS degreaser"));
            browser.wait.until(d -> d.findElement(By.id("criterion-evidence")).getText().contains("此准则所依据的证据"));
            assertThat(browser.await(By.id("criterion-products")).getDomProperty("textContent")).contains("高度关注物质超过 0.1 %");
            browser.screenshot(SCREENSHOTS.resolve("review-evidence-zh.png"));
        }
        // each read is in the body's own hash-chained ledger, with the hash that was verified
        List<JsonObject> reads = ((JsonArray) steps.api.get("/api/audit/entries?limit=100", steps.api.token("sun.decider"))
                .jsonStructure()).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("evidence.read") && e.getString("subjectId").equals(id)).toList();
        assertThat(reads).hasSizeGreaterThanOrEqualTo(3);
        assertThat(reads.getFirst().getString("detail")).contains("sha256=" + sha256);
        assertThat(reads.getFirst().getString("actorUsername")).isEqualTo("chen.assessor");
    }

    @Test
    void the_supplier_uploads_two_files_in_a_row_versions_one_shares_it_with_a_buyer_and_revokes_it() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "Vault SDS " + run;
        String second = "Vault REACH " + run;
        Path dir = Files.createDirectories(stack.workDir.resolve("uploads"));
        Path one = Files.write(dir.resolve("vault-one.pdf"), EvidenceApiIT.pdf(first));
        Path two = Files.write(dir.resolve("vault-two.pdf"), EvidenceApiIT.pdf(second));
        Path three = Files.write(dir.resolve("vault-three.pdf"), EvidenceApiIT.pdf(first + " v2"));

        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/supplier/evidence");
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            browser.await(By.id("evidence"));
            // two files in a row, the second straight after the first is saved
            upload(browser, "evidence", one, first);
            upload(browser, "evidence", two, second);
            String li = steps.api.token("li.supplier");
            String firstId = idOf(li, first);
            idOf(li, second);

            // a new version of the first: the dialog starts from its details
            press(browser, "new-version-" + firstId);
            browser.await(By.id("version-dialog"));
            assertThat(browser.await(By.cssSelector("#version-title input")).getDomProperty("value")).isEqualTo(first);
            chooseFile(browser, "version-upload", three);
            browser.wait.until(d -> d.findElement(By.id("version-chosen-file")).getText().contains("vault-three.pdf"));
            date(browser, "version-issued-on", LocalDate.now().minusDays(3));
            browser.click(By.id("save-version"));
            browser.wait.until(d -> d.findElements(By.id("version-dialog")).isEmpty());
            JsonObject latest = steps.api.all("/api/evidence", li).stream()
                    .filter(e -> e.getString("title").equals(first) && e.getInt("versionNo") == 2).findFirst().orElseThrow();
            String latestId = latest.getString("id");

            // share the new version with the buyer, chosen by name, then revoke it
            press(browser, "share-" + latestId);
            browser.await(By.id("sharing-panel"));
            WebElement target = browser.await(By.cssSelector("#share-target input"));
            target.click();
            target.sendKeys("EuroChem");
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
            target.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.wait.until(d -> target.getDomProperty("value").contains(BUYER));
            browser.settle();
            browser.click(By.id("share-evidence"));
            browser.wait.until(d -> d.findElement(By.id("sharing-grid")).getText().contains(BUYER)
                    || cells(browser).contains(BUYER));
            browser.await(By.id("revoke-eurochem-buyer"));
            assertThat(grantees(li, latestId)).containsEntry("eurochem-buyer", true);
            String anna = steps.api.token("anna.buyer");
            assertThat(steps.api.get("/api/evidence/" + latestId, anna).status()).isEqualTo(200);
            browser.screenshot(SCREENSHOTS.resolve("vault-sharing-en.png"));

            browser.click(By.id("revoke-eurochem-buyer"));
            browser.wait.until(d -> d.findElements(By.id("revoke-eurochem-buyer")).isEmpty());
            assertThat(grantees(li, latestId)).containsEntry("eurochem-buyer", false);
            assertThat(steps.api.get("/api/evidence/" + latestId, anna).status()).isEqualTo(404);
            assertThat(cells(browser)).contains("Revoked");
            browser.click(By.id("sharing-close"));
            browser.wait.until(d -> d.findElements(By.id("sharing-panel")).isEmpty());

            browser.click(By.id("language-switch"));
            browser.wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("expiry-summary")).getText().matches(".*\\p{IsHan}.*"));
            press(browser, "share-" + latestId);
            browser.await(By.id("sharing-panel"));
            browser.wait.until(d -> cells(browser).contains("欧化采购有限公司") && cells(browser).contains("撤销"));
            browser.screenshot(SCREENSHOTS.resolve("vault-sharing-zh.png"));
        }
    }

    @Test
    void the_supplier_retires_a_piece_with_a_reason_and_finds_it_marked_retired() throws Exception {
        String title = "Vault retire " + UUID.randomUUID().toString().substring(0, 8);
        String li = steps.api.token("li.supplier");
        String id = steps.evidence(li, "TEST_REPORT", title);
        String reason = "The laboratory withdrew this report";

        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/supplier/evidence");
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            browser.await(By.id("evidence"));
            press(browser, "retire-" + id);
            browser.await(By.id("retire-dialog"));
            WebElement text = browser.await(By.cssSelector("#retire-reason textarea"));
            assertThat(text.getDomAttribute("maxlength")).isEqualTo("1000");
            text.sendKeys(reason);
            browser.wait.until(d -> reason.equals(text.getDomProperty("value")));
            browser.settle();
            browser.click(By.id("retire-confirm"));
            browser.wait.until(d -> d.findElements(By.id("retire-dialog")).isEmpty());

            // hidden from the list until asked for, then marked retired with only what a retired piece allows
            browser.wait.until(d -> d.findElements(By.id("retire-" + id)).isEmpty() && !cells(browser).contains(title));
            browser.click(By.id("evidence-show-retired"));
            browser.wait.until(d -> cells(browser).contains(title));
            WebElement note = browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions
                    .presenceOfElementLocated(By.id("retired-" + id)));
            assertThat(note.getDomProperty("textContent")).contains("li.supplier").contains(reason);
            assertThat(cells(browser)).contains("v1 · retired");
            assertThat(browser.driver.findElements(By.id("new-version-" + id))).isEmpty();
            assertThat(browser.driver.findElements(By.id("retire-" + id))).isEmpty();
            browser.screenshot(SCREENSHOTS.resolve("vault-retired-en.png"));
            press(browser, "share-" + id);
            browser.await(By.id("share-retired"));
            assertThat(browser.await(By.id("share-evidence")).getDomAttribute("disabled")).isNotNull();
            browser.click(By.id("sharing-close"));
            browser.wait.until(d -> d.findElements(By.id("sharing-panel")).isEmpty());
        }
        JsonObject retired = steps.api.get("/api/evidence/" + id, li).json().getJsonObject("retired");
        assertThat(retired.getString("reason")).isEqualTo(reason);
        assertThat(retired.getString("retiredBy")).isEqualTo("li.supplier");
    }

    /**
     * A button in a grid row: the row's actions column may lie beyond the grid's visible width, so it is
     * scrolled into the middle of the grid and pressed (a real click when Selenium sees it, else the DOM click).
     */
    private static void press(Browser browser, String id) {
        WebElement button;
        try {
            button = browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions
                    .presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.dump(id);
            throw e;
        }
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", button);
        try {
            button.click();
        } catch (org.openqa.selenium.WebDriverException notInteractable) {
            browser.driver.executeScript("arguments[0].click()", button);
        }
    }

    private static void reviewDialog(Browser browser, String criterion) {
        browser.click(By.id("action-review-criterion"));
        WebElement input = browser.await(By.cssSelector("#dialog-criterion input"));
        input.click();
        input.sendKeys(criterion);
        browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.wait.until(d -> input.getDomProperty("value").contains(criterion));
        browser.settle();
    }

    /** Fetches a link's address in the page (the browser's session), hashing what came back. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String css) {
        WebElement link = browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(By.cssSelector(css)));
        String href = link.getDomProperty("href");
        assertThat(href).as(css).isNotBlank();
        return (Map<String, Object>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = await r.arrayBuffer();
                  const hash = await crypto.subtle.digest('SHA-256', bytes);
                  done({status: r.status, disposition: r.headers.get('Content-Disposition') || '',
                        sha256: Array.from(new Uint8Array(hash)).map(b => b.toString(16).padStart(2, '0')).join('')});
                }).catch(e => done({status: -1, error: String(e)}));""", href);
    }

    private static void upload(Browser browser, String prefix, Path file, String title) {
        chooseFile(browser, prefix + "-upload", file);
        browser.wait.until(d -> d.findElement(By.id(prefix + "-chosen-file")).getText().contains(file.getFileName().toString()));
        type(browser, prefix + "-title", title);
        type(browser, prefix + "-issuer", "SGS-CSTC Standards Technical Services (Shanghai)");
        date(browser, prefix + "-issued-on", LocalDate.now().minusDays(30));
        browser.click(By.id("save-" + prefix));
        browser.wait.until(d -> d.getPageSource().contains(title));
        // the form is empty again and its upload box takes the next file
        browser.wait.until(d -> d.findElement(By.id(prefix + "-chosen-file")).getText().isEmpty());
        browser.wait.until(d -> "".equals(d.findElement(By.cssSelector("#" + prefix + "-title input")).getDomProperty("value")));
        assertThat(browser.driver.findElement(By.cssSelector("#" + prefix + "-issued-on input")).getDomProperty("value"))
                .isEmpty();
    }

    private static void chooseFile(Browser browser, String uploadId, Path file) {
        browser.chooseFile(uploadId, file);
    }

    private static String idOf(String token, String title) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            var found = steps.api.all("/api/evidence", token).stream()
                    .filter(e -> e.getString("title").equals(title)).findFirst();
            if (found.isPresent()) {
                return found.get().getString("id");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no evidence titled " + title);
    }

    /** Grantee tenant id → active, from the API. */
    private static Map<String, Boolean> grantees(String token, String evidenceId) {
        Map<String, Boolean> result = new java.util.HashMap<>();
        steps.api.all("/api/evidence/" + evidenceId + "/grants", token)
                .forEach(g -> result.merge(g.getString("grantee"), g.getBoolean("active"), Boolean::logicalOr));
        return result;
    }

    private static String cells(Browser browser) {
        try {
            return String.join("\n", browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .map(c -> c.getDomProperty("textContent")).toList());
        } catch (StaleElementReferenceException redrawn) {
            return "";
        }
    }

    private static void type(Browser browser, String id, String text) {
        browser.wait.until(d -> {
            try {
                WebElement input = d.findElement(By.cssSelector("#" + id + " input"));
                browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
                return text.equals(input.getDomProperty("value"));
            } catch (org.openqa.selenium.WebDriverException coveredOrRedrawn) {
                return false;
            }
        });
    }

    private static void date(Browser browser, String id, LocalDate date) {
        browser.wait.until(d -> {
            try {
                WebElement input = d.findElement(By.cssSelector("#" + id + " input"));
                browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date.toString(), Keys.ENTER);
                return date.toString().equals(input.getDomProperty("value"));
            } catch (org.openqa.selenium.WebDriverException coveredOrRedrawn) {
                return false;
            }
        });
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

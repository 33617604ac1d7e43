package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * One application walked in headless Chromium by three people, each signing in through Keycloak: the
 * supplier (li.supplier) submits it, the assessor (chen.assessor) accepts it, reviews both criteria, plans
 * and records the audit and completes the evaluation, and a reviewer who is also a decision-maker
 * (lin.director) reviews and grants it. Every button pressed is one the view took from the application's
 * allowed actions; the API confirms each state. The certified application goes to
 * {@code docs/images/application-certified-en.png} (and {@code -zh.png}); the body's administrator then verifies the audit chain
 * ({@code docs/images/audit-log-en.png}).
 */
@ExtendWith(StackExtension.class)
class CertificationPortalIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));
    private static Stack stack;
    private static CertificationSteps steps;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        steps = new CertificationSteps(s);
    }

    @Test
    void three_people_walk_one_application_from_submission_to_decision() throws Exception {
        String li = steps.api.token("li.supplier");
        String app = steps.completeDraft(li);
        String report = "Audit report " + UUID.randomUUID().toString().substring(0, 8);
        steps.evidence(steps.api.token("chen.assessor"), "AUDIT_REPORT", report);

        try (Browser browser = signedIn("li.supplier", app)) {
            assertThat(browser.driver.findElements(By.id("action-accept"))).isEmpty();
            act(browser, "submit");
            awaitStatus(app, li, "SUBMITTED");
            browser.wait.until(d -> d.findElements(By.id("action-submit")).isEmpty());
        }

        try (Browser browser = signedIn("chen.assessor", app)) {
            act(browser, "accept");
            awaitStatus(app, li, "EVALUATION");
            for (String criterion : new String[] {"SDS", "REACH"}) {
                browser.click(By.id("action-review-criterion"));
                choose(browser, "dialog-criterion", criterion);
                confirm(browser);
            }
            act(browser, "plan-audit");
            // the report is attached to this application first; recording the audit then offers it, and only it
            browser.click(By.id("action-attach-audit-report"));
            choose(browser, "dialog-evidence", report);
            confirm(browser);
            browser.wait.until(d -> d.findElement(By.id("audit-reports-grid")).getDomProperty("textContent").contains(report));
            browser.click(By.id("action-record-audit"));
            browser.wait.until(d -> d.findElement(By.cssSelector("#dialog-evidence input")).getDomProperty("value").contains(report));
            confirm(browser);
            act(browser, "complete-evaluation");
            awaitStatus(app, li, "INDEPENDENT_REVIEW");
            browser.wait.until(d -> d.findElements(By.id("action-complete-evaluation")).isEmpty());
            assertThat(browser.driver.findElements(By.id("action-review"))).isEmpty();
        }

        try (Browser browser = signedIn("lin.director", app)) {
            act(browser, "review");
            awaitStatus(app, li, "DECISION_PENDING");
            act(browser, "decide");
            awaitStatus(app, li, "CERTIFIED");
            String validUntil = LocalDate.now().plusMonths(24).minusDays(1).format(DateTimeFormatter.ISO_LOCAL_DATE);
            browser.wait.until(d -> d.findElement(By.id("certificate")).getText().contains(validUntil));
            browser.screenshot(SCREENSHOTS.resolve("application-certified-en.png"));
            browser.click(By.id("language-switch"));
            // the page is drawn again in Chinese: elements found before may go stale while it happens
            browser.wait.ignoring(StaleElementReferenceException.class).until(d ->
                    d.findElement(By.id("application-status")).getText().matches(".*\\p{IsHan}.*")
                    && d.findElement(By.id("application-parties")).getText().contains("华绿认证中心"));
            browser.screenshot(SCREENSHOTS.resolve("application-certified-zh.png"));
        }
        // the body's administrator checks the tamper-evident record of it
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/audit");
            browser.signInAtKeycloak("sun.decider", Api.DEMO_PASSWORD);
            browser.await(By.id("audit-log"));
            browser.click(By.id("audit-verify"));
            browser.wait.until(d -> d.findElement(By.id("audit-result")).getText().contains("Chain intact"));
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().contains(app)));
            browser.screenshot(SCREENSHOTS.resolve("audit-log-en.png"));
        }
        var history = CertificationSteps.ok(steps.api.get("/api/applications/" + app, li), 200).getJsonArray("history");
        assertThat(history.stream().map(e -> e.asJsonObject().getString("actor")).distinct())
                .contains("li.supplier", "chen.assessor", "lin.director");
    }

    private static Browser signedIn(String user, String app) throws Exception {
        Browser browser = new Browser(stack.workDir.resolve("chromium"));
        browser.open(stack.portalUrl() + "/applications/" + app);
        browser.signInAtKeycloak(user, Api.DEMO_PASSWORD);
        browser.await(By.id("application-status"));
        return browser;
    }

    /** Presses an action button and confirms its dialog as it comes (its defaults suffice). */
    private static void act(Browser browser, String action) {
        browser.click(By.id("action-" + action));
        confirm(browser);
    }

    private static void confirm(Browser browser) {
        browser.settle();
        browser.click(By.id("dialog-confirm"));
        browser.wait.until(d -> d.findElements(By.id("dialog-confirm")).isEmpty());
    }

    /** Picks the first entry of a combo box whose label contains the text. */
    private static void choose(Browser browser, String id, String text) {
        WebElement input = browser.await(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(text);
        browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.wait.until(d -> input.getDomProperty("value").contains(text));
        browser.settle(); // the choice has reached the server before the dialog is confirmed
    }

    private static void awaitStatus(String app, String token, String status) {
        long until = System.currentTimeMillis() + 20_000;
        String now = null;
        while (System.currentTimeMillis() < until) {
            now = CertificationSteps.ok(steps.api.get("/api/applications/" + app, token), 200).getString("status");
            if (now.equals(status)) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(now).as("status of " + app).isEqualTo(status);
    }
}

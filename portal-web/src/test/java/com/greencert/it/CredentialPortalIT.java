package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The eco-credential in a browser, end to end: a certification granted through the API issues a credential;
 * the supplier (li.supplier) downloads its PDF from the application page; the PDF's QR code opens the public
 * verify page (no login) that says valid; the body (sun.decider) suspends the certification and the same link
 * says suspended since today; restored, it says valid again. English and Chinese, no raw keys on the public
 * pages; the supplier's list shows the certificate number; the body's administrator rotates its key.
 * Screenshots: {@code docs/images/verify-valid-en.png}, {@code -zh}, {@code verify-suspended-en.png}, {@code -zh},
 * {@code signing-keys-en.png}.
 */
@ExtendWith(StackExtension.class)
class CredentialPortalIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));
    private static Stack stack;
    private static CertificationSteps steps;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        steps = new CertificationSteps(s);
    }

    @Test
    void the_qr_code_of_the_downloaded_certificate_opens_a_verification_that_follows_suspension() throws Exception {
        String li = steps.api.token("li.supplier");
        String sun = steps.api.token("sun.decider");
        String app = steps.evaluated(li, steps.api.token("chen.assessor"), "chen.assessor");
        steps.act(steps.api.token("zhou.reviewer"), app, "review", "{\"recommendation\":\"GRANT\"}");
        steps.act(sun, app, "decide", "{\"outcome\":\"GRANT\"}");

        String verifyUrl;
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/applications/" + app);
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            WebElement pdfLink = browser.await(By.id("credential-download-pdf-0"));
            assertThat(pdfLink.getDomAttribute("download")).isNotNull();
            assertThat(browser.driver.findElements(By.id("credential-download-jwt-0"))).hasSize(1);
            assertThat(browser.driver.findElements(By.id("credential-download-json-0"))).hasSize(1);
            HttpResponse<byte[]> pdf = CredentialArtefacts.download(browser, pdfLink.getDomProperty("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
            verifyUrl = CredentialArtefacts.qrCode(pdf.body(), stack.workDir.resolve("certificate-page-1.png"));
        }
        assertThat(verifyUrl).matches(java.util.regex.Pattern.quote(stack.portalUrl()) + "/verify(/|\\?credential=)[0-9a-f-]{36}");

        String today = LocalDate.now(ZoneOffset.UTC).toString(); // the verifier says dates in UTC
        String number;
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) { // nobody signed in
            browser.open(verifyUrl);
            verdict(browser, text -> text.contains("Valid credential"));
            assertThat(browser.driver.findElements(By.cssSelector(".gc-check-failed"))).isEmpty();
            number = browser.await(By.id("verify-number")).getText();
            assertThat(number).isNotBlank();
            CredentialArtefacts.assertReadable(browser, "verify-valid-en");
            browser.screenshot(SCREENSHOTS.resolve("verify-valid-en.png"));
            switchLanguage(browser, "凭证有效");
            CredentialArtefacts.assertReadable(browser, "verify-valid-zh");
            browser.screenshot(SCREENSHOTS.resolve("verify-valid-zh.png"));

            steps.act(sun, app, "suspend", "{\"reason\":\"Complaint: undeclared DEHP found in a shipment\"}");
            reloadUntil(browser, verifyUrl, text -> text.contains("自 " + today + " 起已暂停"));
            CredentialArtefacts.assertReadable(browser, "verify-suspended-zh");
            browser.screenshot(SCREENSHOTS.resolve("verify-suspended-zh.png"));
            switchLanguage(browser, "Suspended since " + today);
            assertThat(browser.await(By.id("verify-check-suspension")).getDomAttribute("class")).contains("gc-check-failed");
            CredentialArtefacts.assertReadable(browser, "verify-suspended-en");
            browser.screenshot(SCREENSHOTS.resolve("verify-suspended-en.png"));

            steps.act(sun, app, "restore", "{\"reason\":\"Lab retest below 0.1 %\"}");
            reloadUntil(browser, verifyUrl, text -> text.contains("Valid credential"));

            // the holder's public page, in Chinese, lists the credential with its live state
            browser.click(By.id("verify-supplier-link"));
            browser.await(By.id("public-supplier-name"));
            switchLanguage(browser, null);
            browser.wait.until(d -> d.findElements(By.cssSelector("#public-credentials-grid vaadin-grid-cell-content"))
                    .stream().anyMatch(c -> c.getText().equals(number)));
            browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("有效"));
            CredentialArtefacts.assertReadable(browser, "public-supplier-zh");

            // bad input is told in words, and what was pasted stays
            browser.open(stack.portalUrl() + "/verify");
            browser.await(By.cssSelector("#verify-input textarea")).sendKeys("eyJhbGciOiJub25lIn0.not-a-credential");
            browser.click(By.id("verify-submit"));
            browser.wait.until(d -> !d.findElements(By.id("verify-problem")).isEmpty()
                    || !d.findElements(By.id("verify-reason")).isEmpty());
            assertThat(browser.driver.findElement(By.cssSelector("#verify-input textarea")).getDomProperty("value"))
                    .isEqualTo("eyJhbGciOiJub25lIn0.not-a-credential");
            CredentialArtefacts.assertReadable(browser, "verify-bad-input-zh");
            browser.open(stack.portalUrl() + "/verify?credential=not-an-id");
            browser.await(By.id("verify-problem"));
            CredentialArtefacts.assertReadable(browser, "verify-bad-link-zh");
            browser.open(stack.portalUrl() + "/suppliers/no-such-supplier");
            browser.await(By.id("public-supplier-not-found"));
            CredentialArtefacts.assertReadable(browser, "public-supplier-unknown-zh");
        }

        // the supplier's list shows the certificate number and its live state
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/applications");
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            browser.await(By.id("applications-grid"));
            browser.wait.until(d -> d.findElements(By.cssSelector("#applications-grid vaadin-grid-cell-content"))
                    .stream().anyMatch(c -> c.getText().equals(number)));
        }
    }

    @Test
    void the_bodys_administrator_rotates_its_signing_key_after_confirming() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/signing-keys");
            browser.signInAtKeycloak("sun.decider", Api.DEMO_PASSWORD);
            browser.await(By.id("signing-keys-grid"));
            browser.settle();
            int before = rows(browser);
            browser.click(By.id("key-rotate"));
            browser.await(By.id("key-rotate-dialog"));
            browser.click(By.id("key-rotate-confirm"));
            browser.wait.until(d -> d.findElements(By.id("key-rotate-confirm")).isEmpty());
            browser.wait.until(d -> rows(browser) > before);
            assertThat(browser.driver.findElements(By.cssSelector(".key-mark-compromised"))).isNotEmpty();
            browser.screenshot(SCREENSHOTS.resolve("signing-keys-en.png"));
        }
    }

    /** Rows of the keys grid: one "mark compromised" button or compromised badge per key; counted by the key cells. */
    private static int rows(Browser browser) {
        return (int) browser.driver.findElements(By.cssSelector("#signing-keys-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().matches("(Key|密钥) .+")).count();
    }

    private static void verdict(Browser browser, Predicate<String> says) {
        browser.await(By.id("verify-verdict"));
        browser.wait.ignoring(StaleElementReferenceException.class)
                .until(d -> says.test(d.findElement(By.id("verify-verdict")).getText()));
    }

    /** Clicks the language switch; the page is drawn again (in Chinese, or with the given text when given). */
    private static void switchLanguage(Browser browser, String expected) {
        browser.click(By.id("language-switch"));
        browser.wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return expected == null ? text.contains("English") : text.contains(expected);
        });
    }

    /** Opens the link again until the page says what is expected (status lists may be cached for a few seconds). */
    private static void reloadUntil(Browser browser, String url, Predicate<String> says) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            browser.open(url);
            browser.await(By.id("verify-verdict"));
            String text = browser.driver.findElement(By.id("verify-verdict")).getText();
            if (says.test(text)) {
                return;
            }
            if (System.currentTimeMillis() > until) {
                browser.dump("verify-not-updated");
                throw new AssertionError("the verify page still says: " + text);
            }
            Thread.sleep(1000);
        }
    }
}

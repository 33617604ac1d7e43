package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
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
 * A supplier signs in, opens Evidence from the navigation, uploads a real PDF through the upload component
 * (the file input of {@code vaadin-upload}), fills in the metadata with an expiry within 90 days, and sees
 * the row with the file's SHA-256 (shortened, the full hash as its title) and the "Expiring" badge. The
 * list goes to {@code docs/images/supplier-evidence-en.png}.
 */
@ExtendWith(StackExtension.class)
class EvidenceUploadIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));
    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @Test
    void a_supplier_uploads_a_pdf_and_sees_it_listed_with_its_hash_and_expiry_badge() throws Exception {
        String title = "UN 38.3 summary LFP cell " + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = EvidenceApiIT.pdf(title);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        Path file = Files.createDirectories(stack.workDir.resolve("uploads")).resolve("un38-3-summary.pdf");
        Files.write(file, pdf);

        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            browser.await(By.id("supplier-home"));

            browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Evidence']"));
            browser.await(By.id("evidence"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/supplier/evidence"));
            assertThat(browser.await(By.id("expiry-summary")).getText()).contains("expiring within 90 days");
            // counted in the database (the grid loads lazily, so its rows are not all in the page)
            long expiringBefore = expiring(browser);

            browser.chooseFile("evidence-upload", file);
            browser.wait.until(d -> d.findElement(By.id("evidence-chosen-file")).getText().contains("un38-3-summary.pdf"));

            browser.click(By.id("evidence-type"));
            By item = By.xpath("//vaadin-select-item[normalize-space(.)='UN 38.3 test summary']");
            // the type filter has the same items, in its closed overlay: take the one shown
            browser.wait.until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                    .orElse(null)).click();
            type(browser, "evidence-title", title);
            type(browser, "evidence-issuer", "SGS-CSTC Standards Technical Services (Shanghai)");
            type(browser, "evidence-language", "en");
            date(browser, "evidence-issued-on", LocalDate.now().minusDays(300));
            date(browser, "evidence-expires-on", LocalDate.now().plusDays(30));
            WebElement save = browser.await(By.id("save-evidence"));
            browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
            browser.click(By.id("save-evidence"));

            try {
                // the page source, not the cells' visible text: the new row may be scrolled out of the window
                browser.wait.until(d -> d.getPageSource().contains(title));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.dump("evidence-row-missing");
                throw e;
            }
            try {
                browser.wait.until(d -> expiring(browser) == expiringBefore + 1);
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.dump("expiry-summary");
                throw new AssertionError("expiring before " + expiringBefore + ", summary now: "
                        + browser.driver.findElement(By.id("expiry-summary")).getDomProperty("textContent"), e);
            }
            // the newest upload is the grid's first row, with its badge
            assertThat(badges(browser, "gc-badge-expiring")).isPositive();
            // present in the grid (it may be scrolled out of the window, so its text is read from the DOM)
            WebElement hash = browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-grid-cell-content .gc-hash[title='" + sha256 + "']")));
            assertThat(hash.getDomProperty("textContent")).startsWith(sha256.substring(0, 12));
            assertThat(browser.driver.getPageSource()).contains("UN 38.3 test summary");
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot(SCREENSHOTS.resolve("supplier-evidence-en.png"));
        }
    }

    /** Types into a field until the field holds the text: under load an overlay still closing can swallow keys. */
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

    /** Types an ISO date (the pickers' format) and commits it with Enter, which also closes the picker's overlay. */
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

    /** The number of pieces expiring within 90 days, as the summary tells it ("…, 3 expiring within 90 days"). */
    private static long expiring(Browser browser) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+) expiring within")
                    // its text content: once the page has scrolled down to the form, it is out of view
                    .matcher(browser.driver.findElement(By.id("expiry-summary")).getDomProperty("textContent"));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (StaleElementReferenceException redrawn) {
            return -1;
        }
    }

    private static long badges(Browser browser, String className) {
        try {
            return browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content ." + className)).size();
        } catch (StaleElementReferenceException redrawn) {
            return -1;
        }
    }

}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The platform administrator imports a new SVHC candidate list through the screen: a file with a bad row shows
 * the row and the problem in words and cannot be imported; the corrected file shows what it adds and, once
 * imported, is the version in force, named with its labelled dates; li, whose flame-retarded housing it puts above
 * the threshold, is told by mail (in Chinese), and so is anna, who watches li. The preview goes to
 * {@code docs/images/svhc-import-en.png} and, in Chinese, {@code svhc-import-zh.png}.
 */
@ExtendWith(StackExtension.class)
class SvhcImportBrowserIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));
    private static final String LEAD = "\"Lead\",\"231-100-4\",\"7439-92-1\",\"2018-06-27\",\"Toxic for reproduction (Article 57c)\"\n";
    private static final String CADMIUM = "\"Cadmium\",\"231-152-8\",\"7440-43-9\",\"2013-06-20\",\"Carcinogenic (Article 57a)\"\n";
    /** Not on the starter list: the corrected file puts it on the list in force. */
    private static final String DECHLORANE = "\"Dechlorane plus\",\"236-948-9\",\"13560-89-9\",\"2018-01-15\",\"vPvB (Article 57e)\"\n";
    private static final String BAD = "\"Bad substance\",\"-\",\"117-81-8\",\"2020-01-16\",\"Carcinogenic (Article 57a)\"\n";
    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @Test
    void ada_previews_a_bad_file_then_imports_the_corrected_one_all_or_nothing() throws Exception {
        String good = starterList() + LEAD + CADMIUM + DECHLORANE;
        String bad = good + BAD;
        int badRow = (int) bad.lines().count();
        Path dir = Files.createDirectories(stack.workDir.resolve("uploads"));
        Path badFile = Files.writeString(dir.resolve("candidate-list-bad.csv"), bad, StandardCharsets.UTF_8);
        Path goodFile = Files.writeString(dir.resolve("candidate-list.csv"), good, StandardCharsets.UTF_8);
        String label = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        // li holds a housing with Dechlorane plus, which the corrected file puts on the list; anna watches li
        Api api = new Api(stack);
        String li = api.token("li.supplier");
        String anna = api.token("anna.buyer");
        Api.Reply housing = api.post("/api/products", li, """
                {"nameEn":"Flame-retarded housing %s","hsCode":"392690","composition":[{"substanceName":"Dechlorane plus","casNumber":"13560-89-9","minPercent":1,"maxPercent":2}]}"""
                .formatted(label));
        assertThat(housing.status()).as(housing.body()).isEqualTo(201);
        assertThat(api.get("/api/products/" + housing.json().getString("id") + "/screening", li).json()
                .getBoolean("exceedsThreshold")).isFalse();
        assertThat(api.call("PUT", "/api/watch-list/zhejiang-greenpower", anna, "application/json", "").status()).isEqualTo(200);

        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("ada.admin", Api.DEMO_PASSWORD);
            browser.await(By.id("platform-home"));
            browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='SVHC candidate list']"));
            browser.await(By.id("svhc-list"));
            String before = browser.await(By.id("svhc-current")).getText();
            // the version in force is named with its dates, each labelled; the starter list explains its date
            assertThat(before).contains("imported into GreenCert on");
            if (before.contains("starter-2026-11")) {
                assertThat(before).contains("the day its newest substance was added to the candidate list");
            } else {
                assertThat(before).contains("adopted by ECHA on");
            }

            upload(browser, badFile);
            WebElement verdict = browser.until("svhc-verdict", d -> {
                WebElement v = d.findElement(By.id("svhc-preview-verdict"));
                return v.getText().contains("cannot be imported") ? v : null;
            });
            assertThat(verdict.getText()).contains("rows with errors: 1");
            String errors = browser.await(By.id("svhc-row-errors")).getText();
            assertThat(errors).contains("Row " + badRow + ":").contains("'117-81-8' is not a valid CAS number");
            assertThat(browser.driver.findElement(By.id("svhc-added")).getText()).contains("Cadmium");
            assertThat(browser.driver.findElement(By.id("svhc-import-button")).getDomAttribute("disabled"))
                    .as("a vaadin-button is disabled by its attribute").isNotNull();
            screenshot(browser, "svhc-import-en.png");

            upload(browser, goodFile);
            browser.until("svhc-1", d -> text(d, "svhc-preview-verdict").contains("can be imported"));
            assertThat(browser.driver.findElements(By.id("svhc-row-errors"))).isEmpty();
            type(browser, "svhc-label", label);
            date(browser, "svhc-adopted-on", LocalDate.now(ZoneOffset.UTC));
            browser.settle();
            browser.click(By.id("svhc-import-button"));
            browser.until("svhc-2", d -> text(d, "svhc-current").contains(label));
            assertThat(text(browser.driver, "svhc-current"))
                    .contains("candidate list " + label + ", adopted by ECHA on " + LocalDate.now(ZoneOffset.UTC))
                    .doesNotContain("starter");
            assertThat(browser.driver.findElements(By.id("svhc-preview"))).isEmpty();
            // li's housing was under no SVHC before; it now exceeds the threshold on the list in force
            assertThat(api.get("/api/products/" + housing.json().getString("id") + "/screening", li).json()
                    .getBoolean("exceedsThreshold")).isTrue();
            // the supplier whose product now exceeds the threshold is told, and so is the buyer watching it
            assertThat(awaitMail("li.supplier@zj-greenpower.example", label)).contains("超过 0.1 %"); // li reads Chinese
            assertThat(awaitMail("anna.buyer@eurochem.example", label)).contains("watch");
            api.delete("/api/watch-list/zhejiang-greenpower", anna);

            // in Chinese: the same screen, the row error in Chinese words
            browser.click(By.id("language-switch"));
            browser.until("svhc-3", d -> text(d, "svhc-current").contains("现行版本"));
            upload(browser, badFile);
            browser.until("svhc-4", d -> text(d, "svhc-preview-verdict").contains("无法导入"));
            assertThat(browser.await(By.id("svhc-row-errors")).getText()).contains("第 " + badRow + " 行")
                    .containsPattern("\\p{IsHan}");
            screenshot(browser, "svhc-import-zh.png");
        }
    }

    @Test
    void ada_sees_what_a_new_list_would_change_for_suppliers_and_buyers_before_importing_it() throws Exception {
        Api api = new Api(stack);
        String li = api.token("li.supplier");
        String anna = api.token("anna.buyer");
        String marker = "Impact solvent " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply product = api.post("/api/products", li, """
                {"nameEn":"%s","hsCode":"340290","composition":[{"substanceName":"Ethanol","casNumber":"64-17-5","minPercent":5,"maxPercent":10}]}"""
                .formatted(marker));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        assertThat(api.call("PUT", "/api/watch-list/zhejiang-greenpower", anna, "application/json", "").status()).isEqualTo(200);
        Path dir = Files.createDirectories(stack.workDir.resolve("uploads"));
        Path file = Files.writeString(dir.resolve("candidate-list-ethanol.csv"), starterList()
                + "\"Ethanol (impact test)\",\"200-578-6\",\"64-17-5\",\"2026-11-30\",\"Test entry\"\n", StandardCharsets.UTF_8);
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/admin/svhc");
            browser.signInAtKeycloak("ada.admin", Api.DEMO_PASSWORD);
            browser.click(By.id("svhc-impact-link"));
            browser.await(By.id("svhc-impact"));
            browser.chooseFile("svhc-impact-upload", file);
            browser.until("impact", d -> text(d, "svhc-impact-summary").contains("Products screened"));
            browser.until("product listed", d -> d.findElements(By.cssSelector("#svhc-impact-changes vaadin-grid-cell-content"))
                    .stream().anyMatch(c -> c.getText().equals(marker)));
            assertThat(text(browser.driver, "svhc-impact-buyers")).contains("EuroChem Procurement GmbH");
            browser.screenshot(SCREENSHOTS.resolve("svhc-impact-en.png"));
            browser.click(By.id("language-switch"));
            browser.until("chinese", d -> text(d, "language-switch").contains("English"));
            browser.chooseFile("svhc-impact-upload", file);
            browser.until("impact in chinese", d -> text(d, "svhc-impact-summary").contains("已筛查产品"));
            assertThat(text(browser.driver, "svhc-impact-buyers")).contains("欧化采购有限公司");
            browser.screenshot(SCREENSHOTS.resolve("svhc-impact-zh.png"));
            browser.click(By.id("language-switch"));
        } finally {
            api.delete("/api/watch-list/zhejiang-greenpower", anna);
        }
    }

    /** The body of the first mail to the address whose subject names the list (waits for the outbox). */
    private static String awaitMail(String address, String list) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            for (jakarta.mail.internet.MimeMessage m : stack.mailsTo(address)) {
                if (m.getSubject().contains(list)) {
                    return m.getContent().toString();
                }
            }
            Thread.sleep(250);
        }
        List<String> subjects = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage m : stack.mailsTo(address)) {
            subjects.add(m.getSubject());
        }
        throw new AssertionError("no mail to " + address + " about the list " + list + "; got " + subjects + "; see "
                + stack.portalLog);
    }

    /** The element's text whether or not it is scrolled into view (Selenium's getText() is empty when it is not). */
    private static String text(org.openqa.selenium.WebDriver driver, String id) {
        return String.valueOf(driver.findElement(By.id(id)).getDomProperty("textContent"));
    }

    private static void screenshot(Browser browser, String name) throws IOException {
        browser.driver.executeScript("document.getElementById('svhc-preview').scrollIntoView({block: 'start'})");
        browser.screenshot(SCREENSHOTS.resolve(name));
    }

    private static void upload(Browser browser, Path file) {
        browser.chooseFile("svhc-upload", file);
    }

    private static String starterList() throws IOException {
        try (InputStream in = SvhcImportBrowserIT.class.getResourceAsStream("/reference/svhc-starter.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        }
    }

    private static void type(Browser browser, String id, String text) {
        browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
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
        browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
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
}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The public supplier registry in a browser, as an anonymous visitor (issue 10): from the front page to
 * {@code /registry}, a search by pinyin finds li.supplier's company (seeded by the demo data) with its valid
 * credential, a search by HS code finds it again, and its name opens its public page. In English and in Simplified
 * Chinese, with no raw message key, enum name, JSON field name or bare id on the page. Screenshots:
 * {@code docs/images/registry-en.png}, {@code registry-zh.png}.
 */
@ExtendWith(StackExtension.class)
class RegistryBrowserIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));
    private static final String SUPPLIER = "zhejiang-greenpower";
    private static final String OTHER = "jiangsu-qingyuan";
    private static final Pattern RAW = Pattern.compile(
            "!\\{|\\b(?:registry|landing|public|action)\\.[a-z0-9.\\-]+[a-z0-9]"
            + "|\\b(?:VALID|SUSPENDED|EXPIRED|WITHDRAWN|NONE|PUBLIC|PRIVATE)\\b|\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b"
            + "|\\b(?:nameEn|nameZh|hsChapter|hsCode|unClass|ghsClass|certificateNumber|schemeCode|schemeName|bodyId"
            + "|highlights|nextCursor)\\b|</?mark>|&lt;|&gt;|&amp;"
            + "|\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @Test
    void an_anonymous_visitor_finds_li_suppliers_company_by_pinyin_and_hs_code_and_opens_its_page() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("open-registry"));
            browser.await(By.id("registry-search"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/registry");
            walk(browser, "registry-en", "valid", "SinoEco Certification Centre");
        }
    }

    @Test
    void the_same_in_simplified_chinese() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/registry");
            browser.await(By.id("registry-search"));
            browser.click(By.id("language-switch"));
            browser.wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("公开供应商名录"));
            walk(browser, "registry-zh", "有效", "华绿认证中心", "绿色化学品出口 — 银级");
            assertThat(browser.await(By.id("public-supplier-name")).getText()).isEqualTo("浙江绿能电池有限公司");
        }
    }

    /**
     * Pinyin, then HS code (screenshot), then the supplier's public page; each page readable; the hit's valid
     * certification says the given words (state, body, scheme in the page's language).
     */
    private static void walk(Browser browser, String screenshot, String... certified) throws Exception {
        WebElement hit = awaitHit(browser, "lvneng");
        assertValidCertification(hit, certified);
        assertReadable(browser, screenshot + "-pinyin");

        hit = awaitHit(browser, "8507");
        assertValidCertification(hit, certified);
        assertReadable(browser, screenshot + "-hs");
        browser.driver.executeScript("window.scrollTo(0, 0)");
        browser.screenshot(SCREENSHOTS.resolve(screenshot + ".png"));

        browser.click(By.cssSelector("#registry-results a[href$='suppliers/" + SUPPLIER + "']"));
        browser.await(By.id("public-supplier-name"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/suppliers/" + SUPPLIER);
        assertReadable(browser, screenshot + "-supplier");
    }

    /**
     * Searches for the text until li.supplier's company is among the hits and Jiangsu Qingyuan's is not (the node's
     * indexer may still be catching up with the demo seed); the hit's card.
     */
    private static WebElement awaitHit(Browser browser, String text) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            WebElement input = browser.await(By.cssSelector("#registry-search input"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text + Keys.TAB);
            browser.click(By.id("registry-go"));
            browser.settle();
            List<WebElement> hits = browser.driver.findElements(By.cssSelector("#registry-results .gc-registry-hit"));
            boolean found = links(hits, SUPPLIER) && !links(hits, OTHER);
            if (found) {
                return hits.stream().filter(h -> !h.findElements(By.cssSelector("a[href$='suppliers/" + SUPPLIER + "']"))
                        .isEmpty()).findFirst().orElseThrow();
            }
            if (System.currentTimeMillis() > until) {
                browser.dump("registry-" + text);
                throw new AssertionError("'" + text + "' does not find " + SUPPLIER + " alone: "
                        + browser.driver.findElement(By.id("registry-results")).getText());
            }
            Thread.sleep(1000);
        }
    }

    private static void assertValidCertification(WebElement hit, String... words) {
        assertThat(hit.findElements(By.cssSelector(".gc-registry-cert-valid"))).as("the valid certification on the hit")
                .extracting(WebElement::getText).anySatisfy(line -> assertThat(line).contains(words));
    }

    private static boolean links(List<WebElement> hits, String supplier) {
        return hits.stream().anyMatch(h -> !h.findElements(By.cssSelector("a[href$='suppliers/" + supplier + "']")).isEmpty());
    }

    private static void assertReadable(Browser browser, String page) {
        String text = browser.driver.findElement(By.tagName("body")).getText();
        var found = RAW.matcher(text);
        if (found.find()) {
            browser.dump("raw-" + page);
            throw new AssertionError(page + " shows '" + found.group() + "' in: " + text);
        }
    }
}

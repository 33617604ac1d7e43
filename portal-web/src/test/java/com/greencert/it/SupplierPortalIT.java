package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
 * A supplier signs in through Keycloak in headless Chromium, opens Products, registers a product with one
 * component through the composition editor, and sees it listed with the SVHC flag; opening it shows the
 * screening. The product list goes to {@code docs/images/supplier-products-en.png}.
 */
@ExtendWith(StackExtension.class)
class SupplierPortalIT {

    private static final String SVHC_ABOVE = "SVHC above 0.1 %";
    private static Stack stack;
    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @Test
    void a_supplier_registers_a_product_with_its_composition_and_sees_the_svhc_flag() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            browser.await(By.id("svhc-summary"));

            browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Products']"));
            browser.await(By.id("products"));
            browser.wait.until(d -> assertTrue(d.getCurrentUrl().endsWith("/supplier/products")));
            // the grid loads lazily, a page at a time: the total is shown beside it
            browser.wait.until(d -> d.findElement(By.id("product-count")).getText().matches("[0-9,]+ products"));
            long countBefore = productCount(browser);

            String name = "Flexible PVC cable " + UUID.randomUUID().toString().substring(0, 8);
            browser.click(By.id("new-product"));
            type(browser, "product-name-en", name);
            type(browser, "product-name-zh", "软质聚氯乙烯电缆");
            type(browser, "product-hs-code", "854449");
            browser.click(By.id("add-component"));
            type(browser, "component-name-0", "Bis(2-ethylhexyl) phthalate");
            type(browser, "component-cas-0", "117-81-7");
            type(browser, "component-min-0", "0.5");
            type(browser, "component-max-0", "1");
            browser.click(By.id("save-product"));

            browser.wait.until(d -> productCount(browser) == countBefore + 1);
            // the editor closes on the same answer (its overlay may take a moment to go)
            browser.wait.until(d -> d.findElements(By.id("product-name-en")).isEmpty());
            browser.screenshot(SCREENSHOTS.resolve("supplier-products-en.png"));
            // among many products, the search finds it (in the database): one row, flagged
            type(browser, "product-filter", name);
            browser.wait.until(d -> cells(browser).contains(name) && productCount(browser) == 1);
            browser.wait.until(d -> cells(browser).contains(SVHC_ABOVE));

            browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> name.equals(c.getText())).findFirst().orElseThrow().click();
            WebElement screening = browser.await(By.id("screening"));
            browser.wait.until(d -> screening.getText().contains("117-81-7"));
            assertThat(screening.getText()).contains("Bis(2-ethylhexyl) phthalate").contains("SVHC above 0.1 % w/w");

            // the product's declared values (issue 11): a quantity in its unit; a value in words when refused
            browser.click(By.id("add-declared-value"));
            browser.choose("declared-quantity-0", "Recycled", "Recycled content");
            browser.wait.until(d -> d.findElement(By.id("declared-value-0")).getText().contains("%")
                    || d.findElement(By.id("declared-value-0")).getAttribute("textContent").contains("%"));
            type(browser, "declared-value-0", "135");
            browser.click(By.id("save-product"));
            browser.wait.until(d -> d.getPageSource().contains("is not a possible value of recycled content"));
            type(browser, "declared-value-0", "35");
            browser.click(By.id("save-product"));
            browser.wait.until(d -> d.getPageSource().contains("The product is saved."));
            browser.click(By.id("close-product"));
            browser.wait.until(d -> d.findElements(By.id("product-name-en")).isEmpty());
            browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> name.equals(c.getText())).findFirst().orElseThrow().click();
            browser.wait.until(d -> "35".equals(d.findElement(By.cssSelector("#declared-value-0 input"))
                    .getDomProperty("value")));
            assertThat(browser.await(By.cssSelector("#declared-quantity-0 input")).getDomProperty("value"))
                    .isEqualTo("Recycled content");
            browser.screenshot(SCREENSHOTS.resolve("product-declared-values-en.png"));

            // the same dialog in Chinese: the quantity in words, every label translated (checked by the screenshot)
            browser.click(By.id("close-product"));
            browser.wait.until(d -> d.findElements(By.id("product-name-en")).isEmpty());
            browser.click(By.id("language-switch"));
            browser.until("chinese", d -> "English".equals(d.findElement(By.id("language-switch")).getText()));
            type(browser, "product-filter", name);
            browser.wait.until(d -> productCount(browser) == 1);
            browser.clickCell("软质聚氯乙烯电缆");
            browser.until("quantity in chinese", d -> "再生材料含量".equals(
                    d.findElement(By.cssSelector("#declared-quantity-0 input")).getDomProperty("value")));
            assertThat(browser.await(By.id("declared-values-editor")).getAttribute("textContent")).contains("支持证据");
            browser.screenshot(SCREENSHOTS.resolve("product-declared-values-zh.png"));
        }
    }

    @Test
    void a_supplier_keeps_the_company_profile_and_a_wrong_uscc_is_explained() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            browser.await(By.id("supplier-home"));

            browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Company profile']"));
            browser.await(By.id("company-profile"));
            type(browser, "legal-name-en", "Zhejiang GreenPower Battery Co., Ltd.");
            type(browser, "legal-name-zh", "浙江绿能电池有限公司");
            type(browser, "country", "CN");
            type(browser, "uscc", "91330100MA2B3C4D5M");
            browser.wait.until(d -> d.findElement(By.id("uscc")).getText().contains("last character does not match"));

            type(browser, "uscc", "91330100MA2B3C4D5N");
            browser.wait.until(d -> !d.findElement(By.id("uscc")).getText().contains("does not match"));
            type(browser, "registered-address", "1 Battery Road, Huzhou, Zhejiang");
            type(browser, "contact-name", "Li Na");
            WebElement save = browser.await(By.id("save-profile"));
            browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
            browser.click(By.id("save-profile"));
            browser.wait.until(d -> d.getPageSource().contains("The company profile is saved."));

            browser.open(stack.portalUrl() + "/supplier/profile");
            browser.wait.until(d -> "91330100MA2B3C4D5N".equals(
                    d.findElement(By.cssSelector("#uscc input")).getDomProperty("value")));
            assertThat(browser.await(By.cssSelector("#legal-name-zh input")).getDomProperty("value"))
                    .isEqualTo("浙江绿能电池有限公司");
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.await(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text + Keys.TAB);
    }

    private static boolean assertTrue(boolean condition) {
        return condition;
    }

    /** The total the products page shows ("1,234 products"), or -1 while it is being redrawn. */
    private static long productCount(Browser browser) {
        try {
            String text = browser.driver.findElement(By.id("product-count")).getText().replaceAll("[^0-9]", "");
            return text.isEmpty() ? -1 : Long.parseLong(text);
        } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException redrawn) {
            return -1;
        }
    }

    /** The texts of the grid's cells, or an empty list while the grid is being redrawn. */
    private static List<String> cells(Browser browser) {
        try {
            return browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).toList();
        } catch (StaleElementReferenceException redrawn) {
            return List.of();
        }
    }
}

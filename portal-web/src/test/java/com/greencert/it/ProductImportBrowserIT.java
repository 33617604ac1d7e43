package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A supplier imports products from a CSV file through the screen: the dry run of a file with a bad HS code names
 * the row and the problem in words and the import stays off; the corrected file is imported whole and its
 * products are in the product list.
 */
@ExtendWith(StackExtension.class)
class ProductImportBrowserIT {

    private static final String HEADER = "product key,name en,name zh,HS code,UN number,packing group,substance name,CAS,min %,max %\n";
    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @Test
    void li_dry_runs_a_bad_file_then_imports_the_corrected_one() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String good = HEADER
                + "A-" + key + ",PVC cable " + key + ",电缆,854449,,,Polyvinyl chloride,9002-86-2,60,70\n"
                + "B-" + key + ",Li-ion cell " + key + ",锂离子电池,850760,UN3480,,Lithium cobalt oxide,12190-79-3,20,30\n";
        String bad = good + "C-" + key + ",Bad HS " + key + ",,999999,,,Polyvinyl chloride,9002-86-2,60,70\n";
        Path dir = Files.createDirectories(stack.workDir.resolve("uploads"));
        Path badFile = Files.writeString(dir.resolve("products-bad.csv"), bad, StandardCharsets.UTF_8);
        Path goodFile = Files.writeString(dir.resolve("products.csv"), good, StandardCharsets.UTF_8);

        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            browser.await(By.id("supplier-home"));
            browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Products']"));
            browser.await(By.id("products"));
            browser.click(By.id("import-products"));
            browser.await(By.id("product-import"));

            upload(browser, badFile);
            browser.wait.until(d -> d.findElement(By.id("product-import-verdict")).getText().contains("cannot be imported"));
            assertThat(browser.await(By.id("product-row-errors")).getText()).startsWith("Row 4:").contains("999999");
            assertThat(browser.driver.findElement(By.id("product-import-summary")).getText())
                    .contains("products-bad.csv: 3 rows read, 3 products");
            assertThat(browser.driver.findElement(By.id("product-import-button")).getDomAttribute("disabled"))
                    .as("a vaadin-button is disabled by its attribute").isNotNull();

            upload(browser, goodFile);
            browser.wait.until(d -> d.findElement(By.id("product-import-verdict")).getText().contains("can be imported"));
            browser.settle();
            browser.click(By.id("product-import-button"));
            assertThat(browser.await(By.id("product-import-done")).getText()).isEqualTo("2 products imported.");

            browser.click(By.linkText("Back to the products"));
            browser.await(By.id("products"));
            browser.await(By.cssSelector("#product-filter input")).sendKeys("PVC cable " + key);
            browser.wait.until(d -> d.getPageSource().contains("PVC cable " + key));
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.chooseFile("product-upload", file);
    }
}

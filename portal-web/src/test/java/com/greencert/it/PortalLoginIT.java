package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * A person signs in through Keycloak's own login page in a real headless Chromium and lands on their
 * role's home view, sees their tenant and only the navigation their role allows, switches to Chinese,
 * and signs out. Screenshots of each home view in both languages go to {@code docs/images}.
 */
@ExtendWith(StackExtension.class)
class PortalLoginIT {

    private static Stack stack;
    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource(delimiter = ';', value = {
        "anna.buyer; buyer-home; EuroChem Procurement GmbH; 欧化采购有限公司; Buyer home; Tenants|Facilities; buyer",
        "li.supplier; supplier-home; Zhejiang GreenPower Battery Co., Ltd.; 浙江绿能电池有限公司; Facilities; Tenants|Buyer home; supplier",
        "chen.assessor; certification-home; SinoEco Certification Centre; 华绿认证中心; Certification desk; Tenants|Facilities; certification-body",
        "zhou.reviewer; certification-home; SinoEco Certification Centre; 华绿认证中心; Certification desk; Tenants|Facilities; ",
        "sun.decider; certification-home; SinoEco Certification Centre; 华绿认证中心; Certification desk; Tenants|Facilities; ",
        "ada.admin; platform-home; GreenCert Platform; 绿证平台; Tenants; Facilities|Buyer home; platform-admin"})
    void signs_in_through_keycloak_and_lands_on_the_role_home(String user, String homeId, String tenantEn,
            String tenantZh, String navShown, String navHidden, String screenshotName) throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak(user, Api.DEMO_PASSWORD);

            browser.await(By.id(homeId));
            assertThat(browser.driver.getCurrentUrl()).startsWith(stack.portalUrl());
            browser.wait.until(d -> tenantEn.equals(textOf(browser, "tenant-name")));
            String nav = browser.await(By.id("main-nav")).getText();
            assertThat(nav).contains(navShown);
            for (String hidden : navHidden.split("\\|")) {
                assertThat(nav).doesNotContain(hidden);
            }
            if (screenshotName != null) {
                browser.screenshot(SCREENSHOTS.resolve("home-" + screenshotName + "-en.png"));
            }

            String englishTitle = browser.await(By.id("home-title")).getText();
            browser.click(By.id("language-switch"));
            browser.wait.until(d -> tenantZh.equals(textOf(browser, "tenant-name")));
            assertThat(browser.await(By.id("home-title")).getText()).isNotEqualTo(englishTitle)
                    .matches(".*\\p{IsHan}.*");
            if (screenshotName != null) {
                browser.screenshot(SCREENSHOTS.resolve("home-" + screenshotName + "-zh.png"));
            }

            browser.click(By.id("sign-out"));
            browser.await(By.id("sign-in"));
        }
    }

    @Test
    void a_buyer_opening_the_admin_view_is_refused_readably() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("ben.buyer", Api.DEMO_PASSWORD);
            browser.await(By.id("buyer-home"));

            browser.open(stack.portalUrl() + "/admin/tenants");
            WebElement body = browser.await(By.tagName("h2"));
            assertThat(body.getText()).isEqualTo("Not allowed");
            assertThat(browser.driver.findElements(By.id("tenants"))).isEmpty();
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_keycloak_and_back_to_the_page_asked_for() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/supplier/facilities");
            browser.signInAtKeycloak("wang.supplier", Api.DEMO_PASSWORD);
            browser.await(By.id("facilities"));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(stack.portalUrl() + "/supplier/facilities");
            browser.wait.until(d -> d.getPageSource().contains("Taixing chemical park site"));

            // and registers another facility through the form; a bad country code is refused readably first
            browser.await(By.cssSelector("#facility-name input")).sendKeys("Nantong drum store");
            browser.await(By.cssSelector("#facility-address input")).sendKeys("9 Jianghai Road, Nantong");
            browser.await(By.cssSelector("#facility-country input")).sendKeys("XX");
            browser.click(By.id("register-facility"));
            browser.wait.until(d -> d.getPageSource().contains("not an ISO 3166-1 alpha-2 country code"));
            WebElement country = browser.await(By.cssSelector("#facility-country input"));
            country.sendKeys(Keys.chord(Keys.CONTROL, "a"), "CN");
            browser.click(By.id("register-facility"));
            browser.wait.until(d -> d.getPageSource().contains("Nantong drum store"));
        }
    }

    /** The element's text, or null while the page is (re)loading (Vaadin may replace the node as it is read). */
    private static String textOf(Browser browser, String id) {
        try {
            List<WebElement> found = browser.driver.findElements(By.id(id));
            return found.isEmpty() ? null : found.getFirst().getText();
        } catch (StaleElementReferenceException reloaded) {
            return null;
        } catch (WebDriverException replaced) { // "Node with given id does not belong to the document"
            return null;
        }
    }
}

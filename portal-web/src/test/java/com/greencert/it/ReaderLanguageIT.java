package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Every message in the reader's words and language: an unknown address shows the portal's own "page not found"
 * (English and Chinese, a 404, a link home, never Vaadin's route error), and the language chosen in the
 * portal carries over to Keycloak's sign-in page.
 */
@ExtendWith(StackExtension.class)
class ReaderLanguageIT {

    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @Test
    void an_unknown_address_is_a_readable_404_with_a_link_home_in_both_languages() throws Exception {
        HttpResponse<String> raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/no-such-page")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(404);

        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/no-such-page");
            assertThat(browser.await(By.id("not-found-title")).getText()).isEqualTo("Page not found");
            assertNoRouteError(browser);
            browser.click(By.id("not-found-home"));
            browser.await(By.id("landing-verify"));

            browser.open(stack.portalUrl() + "/suppliers/x/y");
            browser.await(By.id("not-found-title"));
            browser.click(By.id("language-switch"));
            browser.wait.until(d -> "页面不存在".equals(textOf(browser, "not-found-title")));
            assertThat(browser.await(By.id("not-found-home")).getText()).isEqualTo("前往首页");
            assertNoRouteError(browser);
            browser.click(By.id("not-found-home"));
            browser.await(By.id("landing-verify"));
        }
    }

    @Test
    void a_signed_in_person_on_an_unknown_address_gets_the_page_and_a_way_to_their_home() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("ben.buyer", Api.DEMO_PASSWORD);
            browser.await(By.id("buyer-home"));
            // a card is a link to the screen it names (every buyer screen exists now: no plain-text notes left)
            List<WebElement> cards = browser.driver.findElements(By.cssSelector("#buyer-home .gc-card"));
            assertThat(cards).extracting(WebElement::getTagName).containsOnly("a");
            assertThat(cards).extracting(c -> c.getAttribute("href")).containsExactly(stack.portalUrl() + "/buyer/criteria",
                    stack.portalUrl() + "/buyer/invitations", stack.portalUrl() + "/buyer/watch", stack.portalUrl() + "/verify");
            assertThat(browser.driver.findElements(By.cssSelector("#buyer-home .gc-note"))).isEmpty();

            browser.open(stack.portalUrl() + "/buyer/no-such-screen");
            assertThat(browser.await(By.id("not-found-title")).getText()).isEqualTo("Page not found");
            assertNoRouteError(browser);
            browser.click(By.id("not-found-home"));
            browser.await(By.id("buyer-home"));
        }
    }

    @Test
    void keycloak_signs_in_in_the_language_chosen_in_the_portal() throws Exception {
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.await(By.id("username"));
            assertThat(pageLanguage(browser)).isEqualTo("en");
        }
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) { // the browser asks for English
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("language-switch"));
            browser.wait.until(d -> "登录".equals(textOf(browser, "sign-in")));
            browser.click(By.id("sign-in"));
            browser.await(By.id("username"));
            assertThat(pageLanguage(browser)).startsWith("zh");
            assertThat(browser.driver.getPageSource()).contains("登录");
            browser.signInAtKeycloak("ben.buyer", Api.DEMO_PASSWORD);
            browser.await(By.id("buyer-home"));
            assertThat(browser.await(By.id("home-title")).getText()).matches(".*\\p{IsHan}.*");
        }
    }

    /** The element's text, or null while the page reloads (after the language switch). */
    private static String textOf(Browser browser, String id) {
        try {
            List<WebElement> found = browser.driver.findElements(By.id(id));
            return found.isEmpty() ? null : found.getFirst().getText();
        } catch (WebDriverException reloading) { // stale, or "Node with given id does not belong to the document"
            return null;
        }
    }

    private static String pageLanguage(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.lang");
    }

    private static void assertNoRouteError(Browser browser) {
        assertThat(browser.driver.getPageSource()).doesNotContain("Could not navigate")
                .doesNotContain("Available routes").doesNotContain("NotFoundException");
    }
}
